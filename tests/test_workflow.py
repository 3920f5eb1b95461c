"""The GitHub Pages workflow: what it runs, who may write, and actions that stay current.

Every action a workflow uses is pinned to a major version (`owner/name@vN`) and listed, with the
newest major its repository publishes, in .github/action-versions.yaml; an action more than one
major behind that list fails here, in `make test`, as does one unlisted, unpinned or pinned to
anything else, or to a major newer than the list (raise the list with it). Dependabot
(.github/dependabot.yml) proposes the updates.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.y*ml"))
PINNED = re.compile(r"(?P<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?:/[^@\s]+)?)@v(?P<major>[0-9]+)")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def current_majors(path: Path = GITHUB / "action-versions.yaml") -> dict[str, int]:
    listed = load(path)
    assert isinstance(listed, dict) and listed, f"{path}: no `owner/name: N` lines"
    for action, major in listed.items():
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", action) and isinstance(major, int) and major > 0, (action, major)
    return listed


def uses(workflow: dict) -> list[tuple[str, str]]:
    """(job, uses) for every action step and every reusable workflow the jobs call."""
    found = []
    for name, job in (workflow.get("jobs") or {}).items():
        if "uses" in job:
            found.append((name, job["uses"]))
        found += [(name, step["uses"]) for step in job.get("steps", ()) if "uses" in step]
    return found


def stale_actions(workflow: dict, current: dict[str, int]) -> list[str]:
    """What is wrong with each action the workflow uses: nothing for an action pinned to a major
    version (@vN) at most one behind the newest in `current`."""
    problems = []
    for job, ref in uses(workflow):
        match = PINNED.fullmatch(str(ref))
        if match is None:
            problems.append(f"{job}: {ref} is not pinned to a major version tag (owner/name@vN)")
            continue
        action = "/".join(match["action"].split("/")[:2])  # owner/name/path@vN is owner/name's
        major = int(match["major"])
        if action not in current:
            problems.append(f"{job}: {action} is not in .github/action-versions.yaml; add its newest major")
        elif major < current[action] - 1:
            problems.append(f"{job}: {ref} is {current[action] - major} majors behind v{current[action]}")
        elif major > current[action]:  # a new major (Dependabot's pull request), or a typo
            problems.append(f"{job}: {ref} is newer than the list's v{current[action]}; raise it there if v{major} exists")
    return problems


def test_the_workflows_are_found():
    assert GITHUB / "workflows" / "pages.yml" in WORKFLOWS


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_major_at_most_one_behind_the_list(path):
    workflow = load(path)
    assert uses(workflow), f"{path.name} uses no action: nothing was checked"
    assert stale_actions(workflow, current_majors()) == []


@pytest.mark.parametrize(
    "ref, problem",
    [
        ("actions/checkout@v7", None),
        ("actions/checkout@v6", None),  # one behind: still supported, Dependabot's pull request is due
        ("actions/checkout@v5", "2 majors behind v7"),
        ("actions/checkout@v1", "6 majors behind v7"),
        ("actions/checkout@v8", "newer than the list's v7"),
        ("actions/checkout", "not pinned"),
        ("actions/checkout@main", "not pinned"),
        ("actions/checkout@v7.0.1", "not pinned"),
        ("actions/checkout@" + "0" * 40, "not pinned"),
        ("actions/checkout@v", "not pinned"),
        ("someone/else@v3", "not in .github/action-versions.yaml"),
        ("./local-action", "not pinned"),
    ],
)
def test_the_check_fails_on_an_old_unpinned_or_unlisted_action(ref, problem):
    workflow = {"jobs": {"build": {"steps": [{"run": "make test"}, {"uses": ref}]}}}
    found = stale_actions(workflow, {"actions/checkout": 7})
    if problem is None:
        assert found == []
    else:
        assert len(found) == 1 and problem in found[0], found


def test_a_reusable_workflow_is_checked_too():
    workflow = {"jobs": {"call": {"uses": "actions/checkout/.github/workflows/x.yml@v2"}}}
    assert stale_actions(workflow, {"actions/checkout": 7}) == ["call: actions/checkout/.github/workflows/x.yml@v2 is 5 majors behind v7"]


def test_the_pages_workflow_tests_then_builds_with_publishconf_and_deploys():
    workflow = load(GITHUB / "workflows" / "pages.yml")
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "main" in triggers["push"]["branches"]
    build = workflow["jobs"]["build"]
    assert build["container"] == "python:3.11-bookworm"  # Debian, where `make test` installs chromium and locales
    steps = build["steps"]
    runs = [step.get("run", "") for step in steps]
    tested = next(i for i, run in enumerate(runs) if re.fullmatch(r"make test", run.strip()))
    published = next(i for i, run in enumerate(runs) if re.search(r"\bmake publish SITEURL=", run))
    assert tested < published
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^publish:.*\n\t.*\$\(PUBLISHCONF\)", makefile, re.M)  # publishconf.py
    configured = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/configure-pages@"))
    assert configured < published and "steps.pages.outputs.base_url" in runs[published]
    assert steps[configured]["id"] == "pages"
    uploads = [i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert len(uploads) == 1 and steps[uploads[0]]["with"]["path"] == "output" and uploads[0] > published
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in deploy["steps"] if "uses" in s] == ["actions/deploy-pages"]


def test_only_the_deploy_job_may_write():
    """Read-only by default; `pages: write` and `id-token: write` for the deploy job alone (the
    build job runs the tests and every package they install). The build job may read the Pages
    settings: configure-pages asks for the site's address."""
    workflow = load(GITHUB / "workflows" / "pages.yml")
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    for name, job in jobs.items():
        if name != "deploy":
            granted = job.get("permissions", {})
            assert isinstance(granted, dict), (name, granted)  # not write-all or read-all
            assert set(granted.values()) <= {"read", "none"} and "id-token" not in granted, (name, granted)


def test_dependabot_updates_the_actions_and_the_python_packages():
    config = load(GITHUB / "dependabot.yml")
    assert config["version"] == 2
    updates = {(u["package-ecosystem"], u["directory"]) for u in config["updates"]}
    assert {("github-actions", "/"), ("pip", "/")} <= updates
    assert all(u["schedule"]["interval"] for u in config["updates"])


def test_the_list_holds_every_action_the_pages_workflow_uses():
    listed = current_majors()
    used = {PINNED.fullmatch(ref)["action"] for _, ref in uses(load(GITHUB / "workflows" / "pages.yml"))}
    assert used == {"actions/checkout", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"}
    assert used <= listed.keys()
