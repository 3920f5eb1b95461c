"""`data/*.csv`: the story data of `story.json` as tables a spreadsheet can open.

The tables are derived from the dict `story_data()` returns, by shape and not by name, so a key
added to the story data gets its table without a change here:

- every list at the top level is a table (`people` → `people.csv`), one row per item;
- a list of records inside an item is a table of its own, each row naming its parent
  (`sources[].sentences[]` → `sentences.csv` with a `source` column, `people[].mentions[]` →
  `mentions.csv` with a `person` column; `events[].citations[]` → `event_citations.csv`, since
  `citations` and the top-level names are taken);
- a nested record is spread over `key.subkey` columns; a list of plain values is one cell,
  joined with "; ";
- a record keyed by source (every key a source's id, as a conflict's `dates` or `values`) is
  not spread, which would give a column per source: it is a long table of its own, one row per
  (parent, source) (`events[].conflict.dates` → `event_conflict_dates.csv` with `event`,
  `source`, `date`), so no table grows wider with the story;
- a citation (a record with `source` and `sentence`) found anywhere, in any table, is also a row
  of `citations.csv`, which names the sentence by `source` and `sentence` (its `source` and `id`
  in `sentences.csv`, where its words are) rather than repeating its words, so the file grows
  with the citations and not with their length.
"""

from __future__ import annotations

import csv
import functools
import json
import os
import posixpath
from dataclasses import dataclass, field
from itertools import repeat

CITATION_KEYS = frozenset({"source", "sentence"})
PURE_CITATION_KEYS = frozenset({"source", "sentence", "quote"})
CITATIONS_TABLE = "citations"
CITATIONS_COLUMNS = ("table", "row", "field", "source", "sentence")
KEYED_SOURCE_COLUMN = "source"
IRREGULAR_SINGULARS = {"people": "person", "children": "child", "same_as": "same_as"}


@dataclass
class Table:
    name: str
    columns: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self):
        self._seen.update(self.columns)

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    def add(self, row: dict) -> int:
        if not self._seen.issuperset(row):  # a set: a large story's tables have 100,000s of rows
            for column in row:
                self.add_column(column)
        self.rows.append(row)
        return len(self.rows)

    def add_column(self, column: str) -> None:
        if column not in self._seen:
            self.columns.append(column)
            self._seen.add(column)


def singular(name: str) -> str:
    if name in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[name]
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def is_citation(value) -> bool:
    return isinstance(value, dict) and CITATION_KEYS <= value.keys()


def is_pure_citation(value) -> bool:
    """A bare reference (source, sentence, perhaps the quoted words), not a record of its own."""
    return is_citation(value) and value.keys() <= PURE_CITATION_KEYS


def is_record_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def story_tables(data: dict) -> list[Table]:
    """Every table of the story data, in the order of its keys, `citations` last."""
    return _Tables(data).build()


class _Tables:
    def __init__(self, data: dict):
        self.data = data
        self.top_level = [key for key, value in data.items() if isinstance(value, list)]
        self.tables: dict[str, Table] = {}
        self.citations = Table(CITATIONS_TABLE, list(CITATIONS_COLUMNS))
        self.source_ids = _source_ids(data)
        self.keyed: list[tuple[str, dict]] = []  # keyed-by-source records of the row being made

    def build(self) -> list[Table]:
        for key in self.top_level:
            if key == CITATIONS_TABLE:
                for number, item in enumerate(self.data[key], 1):
                    self.cite(key, number, "", item)
                continue
            self.add_rows(key, [(None, item) for item in self.data[key]])
        return [*self.tables.values(), self.citations]

    def table(self, name: str) -> Table:
        if name not in self.tables:
            self.tables[name] = Table(name)
        return self.tables[name]

    def add_rows(self, name: str, items: list[tuple[tuple | None, object]], first: str = "") -> None:
        """Rows of one table; `items` pairs each item with its parent's (column, id) or None.

        A key is a child table for every row if it holds records in any row, so an empty list
        never turns into a column of its own. `first` names the column of an empty table.
        """
        table = self.table(name)
        if not items:
            table.add_column(first or singular(name))
        records = [item for _, item in items if isinstance(item, dict)]
        listed, spread = set(), set()  # keys holding a list somewhere; keys holding a record somewhere
        for record in records:
            for key, value in record.items():
                if type(value) is not str:
                    if isinstance(value, list):
                        if value:
                            listed.add(key)
                    elif isinstance(value, dict):
                        spread.add(key)
        child_keys = [key for key in _keys(records) if key in listed and any(_is_child(r.get(key)) for r in records)]
        children: dict[str, list] = {key: [] for key in child_keys}
        parent_columns = {}
        for key in child_keys:
            column = singular(name)
            if any(isinstance(v, dict) and column in v for r in records for v in r.get(key) or ()):
                column = f"{column}.id"
            parent_columns[key] = column
        for parent, item in items:
            row: dict = {}
            if parent:
                row[parent[0]] = parent[1]
            if not isinstance(item, dict):
                row[singular(name)] = cell(item)
                table.add(row)
                continue
            nested = []  # the values that may hold citations, in the item's order
            for key, value in item.items():
                # By the value's exact type first: a large story's tables have millions of cells.
                if key in children:
                    continue
                kind = type(value)
                if kind is str:
                    row[key] = value
                elif kind is int:
                    row[key] = str(value)
                elif kind is bool:
                    row[key] = "true" if value else "false"
                elif value is None:
                    if key not in spread:
                        row[key] = ""
                elif kind is dict or kind is list:
                    row.update(self.cells(key, value))
                    nested.append((key, value))
                else:
                    row.update(self.cells(key, value))
                    if isinstance(value, (dict, list)):
                        nested.append((key, value))
            number = table.add(row)
            keyed, self.keyed = self.keyed, []
            if is_citation(item):
                self.cite(name, number, "", item)
            for key, value in nested:
                self.find_citations(name, number, key, value)
            identity = cell(item.get("id", item.get("slug", number)))
            for path, by_source in keyed:
                self.add_keyed(name, identity, path, by_source)
            for key in child_keys:
                children[key].extend(((parent_columns[key], identity), v) for v in item.get(key) or ())
        for key, rows in children.items():
            taken = key in self.top_level or key == CITATIONS_TABLE
            child = f"{singular(name)}_{key}" if taken else key
            self.add_rows(child, rows, first=parent_columns[key])

    def cells(self, key: str, value) -> dict[str, str]:
        if self.is_keyed_by_source(value):
            self.keyed.append((key, value))
            return {}
        if isinstance(value, dict) and not is_pure_citation(value):
            spread: dict[str, str] = {}
            for sub, subvalue in value.items():
                spread.update(self.cells(f"{key}.{sub}", subvalue))
            return spread
        if is_pure_citation(value):
            return {f"{key}.{sub}": cell(subvalue) for sub, subvalue in value.items()}
        return {key: cell(value)}

    def is_keyed_by_source(self, value) -> bool:
        return isinstance(value, dict) and bool(value) and self.source_ids.issuperset(value)

    def add_keyed(self, name: str, identity: str, path: str, by_source: dict) -> None:
        """One row per source of a record keyed by source: the parent's id, the source, the value
        (`events[].conflict.dates` → `event_conflict_dates`: event, source, date)."""
        parent = singular(name)
        value_column = singular(path.rsplit(".", 1)[-1])
        if parent in (KEYED_SOURCE_COLUMN, value_column):
            parent = f"{parent}.id"
        if value_column in (KEYED_SOURCE_COLUMN, parent):
            value_column = "value"
        table = self.table(f"{parent.split('.')[0]}_{path.replace('.', '_')}")
        table.add_column(parent)
        table.add_column(KEYED_SOURCE_COLUMN)
        table.add_column(value_column)
        for source, value in by_source.items():
            table.add({parent: identity, KEYED_SOURCE_COLUMN: source, value_column: cell(value)})

    def find_citations(self, table: str, number: int, path: str, value) -> None:
        """Every citation inside one value of a row (child tables' rows report their own)."""
        if isinstance(value, dict):
            if is_citation(value):
                self.cite(table, number, path, value)
            for key, sub in value.items():
                self.find_citations(table, number, f"{path}.{key}", sub)
        elif isinstance(value, list):
            for item in value:
                self.find_citations(table, number, path, item)

    def cite(self, table: str, number: int, path: str, citation: dict) -> None:
        """A row of `citations.csv`: where the citation is, and the sentence by its key only."""
        self.citations.add(
            {
                "table": table,
                "row": str(number),
                "field": path,
                "source": cell(citation.get("source")),
                "sentence": cell(citation.get("sentence")),
            }
        )


def _source_ids(data: dict) -> frozenset[str]:
    """The ids of the sources the data holds: the keys of a record keyed by source."""
    sources = data.get("sources")
    if not isinstance(sources, list):
        return frozenset()
    return frozenset(s["id"] for s in sources if isinstance(s, dict) and isinstance(s.get("id"), str))


def _is_child(value) -> bool:
    return is_record_list(value) and not all(is_pure_citation(v) for v in value)


def _keys(items) -> list[str]:
    keys: dict[str, None] = {}
    for item in items:
        if isinstance(item, dict):
            keys.update(dict.fromkeys(item))
    return list(keys)


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if type(value) is int:  # as json writes it, without its encoder's cost
        return str(value)
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, list):
        if all(is_pure_citation(v) for v in value):
            return "; ".join(f"{v['source']}#{v['sentence']}" for v in value)
        if all(not isinstance(v, (dict, list)) for v in value):
            return "; ".join(cell(v) for v in value)
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Download:
    """A data file as the method page lists it: where it is and what is in it."""

    save_as: str
    name: str
    rows: int | None  # None for story.json, which holds everything
    columns: tuple[str, ...]


def downloads(data_save_as: str, data: dict, tables: list[Table]) -> list[Download]:
    """`story.json` first, then each CSV beside it."""
    folder = posixpath.dirname(data_save_as)
    listed = [Download(data_save_as, posixpath.basename(data_save_as), None, tuple(data))]
    for table in tables:
        listed.append(
            Download(posixpath.join(folder, table.file_name), table.file_name, len(table.rows), tuple(table.columns))
        )
    return listed


# Seed text opened in a spreadsheet must not run as a formula: cells starting so get a leading '.
_FORMULA_FIRST = frozenset("=+-@\t\r")


def _csv_row(row: dict, columns: list[str]) -> list[str]:
    """One row as the writer wants it: every column in order, formula-like cells defused.

    Inline rather than a call per cell: a large story's tables hold millions of cells."""
    return ["'" + v if v[:1] in _FORMULA_FIRST else v for v in map(row.get, columns, repeat(""))]


def write_compact_json(data: dict, path: str) -> None:
    """`data` as compact JSON, the same bytes as one `json.dumps`, written record by record.

    Each record goes through json's C encoder, which only a one-shot `dumps` uses (`dump` streams
    through the pure-Python encoder, ten times slower); and a large story's file is never held
    as one string, which for non-ASCII text costs four bytes a character.
    """
    encode = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("{")
        for index, (key, value) in enumerate(data.items()):
            handle.write(("," if index else "") + encode(key) + ":")
            if isinstance(value, list):
                handle.write("[")
                for number, item in enumerate(value):
                    handle.write(("," if number else "") + encode(item))
                handle.write("]")
            else:
                handle.write(encode(value))
        handle.write("}\n")


def write_tables(tables: list[Table], folder: str) -> list[str]:
    """Write each table as `<name>.csv` in `folder` (UTF-8, header row first); their paths."""
    os.makedirs(folder, exist_ok=True)
    written = []
    for table in tables:
        path = os.path.join(folder, table.file_name)
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(table.columns)
            # Plain rows rather than DictWriter, which checks every key of every row.
            writer.writerows(_csv_row(row, table.columns) for row in table.rows)
        written.append(path)
    return written
