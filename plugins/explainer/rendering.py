"""What the theme's templates call besides their own markup.

`thousands`: a count as readers read it, 1,227 and not 1227, one filter rather than a format
string repeated in every template.

`cite`: each citation rendered once per page depth, not once per appearance. A large story
cites the same sentence on many pages, and the `cite` macro in `theme/templates/macros.html` was
the single largest cost of rendering. Its output depends only on the citation and on `SITEURL`
(which differs by page depth when URLs are relative), so this wraps the macro in a memo owned by
one build's generator. The markup stays in the theme.
"""

from __future__ import annotations

from jinja2 import Environment, pass_context
from markupsafe import Markup

from .extract.citations import text_fragment
from .language.dates import date_text
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
    rendered: dict[tuple, Markup] = {}
    macros_by_depth: dict[str, object] = {}

    @pass_context
    def cite(context, citation) -> Markup:
        site_url = context.resolve_or_missing("SITEURL")
        key = (citation, site_url)
        html = rendered.get(key)
        if html is None:
            macros = macros_by_depth.get(site_url)
            if macros is None:
                macros = env.get_template(MACROS_TEMPLATE).make_module(context.get_all())
                macros_by_depth[site_url] = macros
            html = rendered[key] = Markup(macros.cite(citation))
        return html

    return cite


def thousands(number: int) -> str:
    """`{{ count|thousands }}`: 1227 as 1,227."""
    return f"{number:,}"


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`{{ n|plural("source") }}`: "1 source", "1,227 sources"; `many` for irregular nouns."""
    return f"{count:,} {noun if count == 1 else (many or noun + 's')}"
