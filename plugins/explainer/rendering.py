"""What the theme's templates call besides their own markup.

`thousands`: a count as readers read it, 1,227 and not 1227, one filter rather than a format
string repeated in every template.

`cite`: each citation rendered once per page depth, not once per appearance. A large story
cites the same sentence on many pages, and the `cite` macro in `theme/templates/macros.html` was
the single largest cost of rendering. Its output depends only on the citation and on `SITEURL`
(which differs by page depth when URLs are relative), so this wraps the macro in a memo owned by
one build's generator. The markup stays in the theme. When the templates get the Story as a
`StoryView` (`site/incremental.py`), what a citation looked up in it counts for every page that
shows the citation, not only for the first.

`TemplateFacts`: what a page rendered with a template is made from, besides the page itself (a
digest of the template's syntax tree, of every template it extends, imports or includes, and of
the environment), and which names of the context those templates read.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata

import jinja2
from jinja2 import Environment, meta, nodes, pass_context
from markupsafe import Markup

from .extract.citations import text_fragment
from .language.dates import date_text
from .site.incremental import recorder_of
from .site.publish import page_url

MACROS_TEMPLATE = "macros.html"


def install_template_helpers(env: Environment) -> None:
    """Every filter and global the theme's templates use, in one table."""
    env.filters.update({
        "text_fragment": text_fragment,  # the original article's address, at the cited words
        "page_url": page_url,  # a page's address below the site's root
        "thousands": thousands,  # 1227 as 1,227
        "date_text": date_text,  # a day in English, whatever the machine's locale
        "plural": plural,  # 1 source, 3 sources
    })
    env.globals["cite"] = citation_renderer(env)


def citation_renderer(env: Environment):
    """A Jinja global `cite(citation)` that calls the theme's macro once per (citation, SITEURL)."""
    rendered: dict[tuple, tuple[Markup, frozenset]] = {}
    macros_by_depth: dict[str, object] = {}

    @pass_context
    def cite(context, citation) -> Markup:
        site_url = context.resolve_or_missing("SITEURL")
        recorder = recorder_of(context.resolve_or_missing("story"))
        key = (citation, site_url)
        entry = rendered.get(key)
        if entry is None:
            macros = macros_by_depth.get(site_url)
            if macros is None:
                macros = env.get_template(MACROS_TEMPLATE).make_module(context.get_all())
                macros_by_depth[site_url] = macros
            if recorder is None:
                entry = (Markup(macros.cite(citation)), frozenset())
            else:  # `recorder.recording()`, inline: a large story renders tens of thousands
                outer, recorder.current = recorder.current, set()
                try:
                    html = Markup(macros.cite(citation))
                finally:
                    looked_up, recorder.current = recorder.current, outer
                if outer is not None:
                    outer.update(looked_up)
                entry = (html, frozenset(looked_up))
            rendered[key] = entry
        elif recorder is not None:
            recorder.note_all(entry[1])
        return entry[0]

    return cite


class TemplateFacts:
    """For a template: a digest of what it says, of every template it extends, imports or
    includes, of the macros `cite` renders and of the environment; and the context names all of
    these read. What a template says is its syntax tree, not its text: an edited comment (or
    anything else Jinja reads past) changes no page. A reference Jinja cannot follow (a name
    made at render time) counts every template the environment can load.

    Reading a template costs a parse and a compilation: `known` (what earlier builds found, by
    a digest of each template's name and text) spares both for templates that did not change."""

    def __init__(self, env: Environment, known: dict | None = None):
        self.env = env
        self.environment = environment_digest(env)
        self.known = {} if known is None else known
        self.used: dict[bytes, tuple[frozenset[str], tuple, bytes]] = {}
        self.facts: dict[str, tuple[bytes, frozenset[str]]] = {}

    def __call__(self, template: jinja2.Template) -> tuple[bytes, frozenset[str]]:
        name = template.name
        if name not in self.facts:
            closure, queue = [], [name, MACROS_TEMPLATE]
            while queue:
                current = queue.pop()
                if current in closure:
                    continue
                closure.append(current)
                referred = self._read(current)[1]
                queue.extend(self.env.list_templates() if None in referred else referred)
            digest = hashlib.sha256(self.environment)
            names: set[str] = set()
            for current in sorted(closure):
                read, _, tree = self._read(current)
                digest.update(len(current.encode()).to_bytes(8, "big") + current.encode() + tree)
                names |= read
            self.facts[name] = (digest.digest(), frozenset(names))
        return self.facts[name]

    def _read(self, name: str) -> tuple[frozenset[str], tuple, bytes]:
        """(the context names a template reads, the templates it refers to (None for a name
        made at render time), a digest of its syntax tree)."""
        source = self.env.loader.get_source(self.env, name)[0]
        key = hashlib.sha256(f"{len(name)}:{name}:{source}".encode()).digest()
        found = self.used.get(key) or self.known.get(key)
        if found is None:
            tree = self.env.parse(source, name)
            found = (
                frozenset(meta.find_undeclared_variables(tree)),
                tuple(meta.find_referenced_templates(tree)),
                hashlib.sha256(repr(_merged_text(tree)).encode()).digest(),  # every node's fields, no comment
            )
        self.used[key] = found
        return found


def _merged_text(tree: nodes.Template) -> nodes.Template:
    """The tree with each run of adjacent text in one node, as it is output: a comment between
    two pieces of text only splits them."""
    for output in tree.find_all(nodes.Output):
        merged: list = []
        for node in output.nodes:
            if merged and type(node) is nodes.TemplateData and type(merged[-1]) is nodes.TemplateData:
                merged[-1] = nodes.TemplateData(merged[-1].data + node.data)
            else:
                merged.append(node)
        output.nodes = merged
    return tree


def environment_digest(env: Environment) -> bytes:
    """What the environment adds to every template: its syntax and output options, and its
    filters, tests and globals (by name, and by what they are; their code is the plugin's, whose
    digest keys the records these digests go into)."""
    parts = [jinja2.__version__, _markupsafe_version()]
    for option in (
        "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
        "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
        "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized", "is_async",
    ):
        parts.append(f"{option}={getattr(env, option, None)!r}")
    for option in ("autoescape", "finalize", "undefined"):
        parts.append(f"{option}={_describe(getattr(env, option, None))}")
    parts.append("extensions=" + ",".join(sorted(env.extensions)))
    for label, table in (("filter", env.filters), ("test", env.tests), ("global", env.globals)):
        parts.extend(f"{label}:{key}={_describe(table[key])}" for key in sorted(table))
    return hashlib.sha256("\n".join(parts).encode()).digest()


@functools.lru_cache(maxsize=None)
def _markupsafe_version() -> str:
    try:
        return importlib.metadata.version("markupsafe")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _describe(value) -> str:
    """A filter, test or global by what it does, the same in every build: a function by its
    name, a partial by its function and arguments, any other object by its class and state."""
    if isinstance(value, functools.partial):
        return f"partial({_describe(value.func)}, {value.args!r}, {sorted(value.keywords.items())!r})"
    module, name = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
    if module and name:
        return f"{module}.{name}"
    state = getattr(value, "__dict__", None)
    return f"{type(value).__module__}.{type(value).__qualname__}:{value if state is None else state!r}"


def thousands(number: int) -> str:
    """`{{ count|thousands }}`: 1227 as 1,227."""
    return f"{number:,}"


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`{{ n|plural("source") }}`: "1 source", "1,227 sources"; `many` for irregular nouns."""
    return f"{count:,} {noun if count == 1 else (many or noun + 's')}"
