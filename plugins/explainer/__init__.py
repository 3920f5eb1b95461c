"""A Pelican plugin that turns a handful of news articles into an explainer microsite."""

from pelican import signals

from .generator import get_generators


def register():
    signals.get_generators.connect(get_generators)
