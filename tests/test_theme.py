"""The theme stays readable: no template line is longer than 160 characters."""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "theme" / "templates"


def test_no_template_line_is_over_160_characters():
    templates = sorted(TEMPLATES.glob("*.html"))
    assert templates
    long = [f"{t.name}:{n}" for t in templates for n, line in enumerate(t.read_text().splitlines(), 1) if len(line) > 160]
    assert not long, long
