"""One page of the site: the leaf every page builder returns.

A page is a file name, a template and the values the template loops over; builders know nothing
of Pelican, so the whole site can be assembled and inspected in a test without writing a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    save_as: str
    template: str
    title: str
    values: dict = field(default_factory=dict)
    description: str = ""
    nav: str | None = None  # which navigation item this page belongs to
    og_type: str = "website"  # Open Graph type
    jsonld: str = ""  # schema.org JSON-LD, already safe inside <script type="application/ld+json">
