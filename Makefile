# The two commands a newcomer needs: `make html` and `make test`. Both set up .venv first.
# Every path and value given to a command is quoted with $(call q,...): the checkout may sit in a
# folder whose name has spaces or quotes, and a value typed on the command line (SITEURL, PORT)
# is handed over as it is, never read by the shell as commands.
q = '$(subst ','\'',$(1))'
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
STAMP := $(VENV)/.installed-$(shell cksum < requirements.txt | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.installed-test-$(shell cat requirements.txt requirements-test.txt | cksum | cut -d' ' -f1)
export PYTHONPATH := $(CURDIR)/plugins
export SOURCE_DATE_EPOCH ?= 1765584000

INPUTDIR := $(CURDIR)/content
OUTPUTDIR := $(CURDIR)/output
CONFFILE := $(CURDIR)/pelicanconf.py
PUBLISHCONF := $(CURDIR)/publishconf.py
SITEURL ?=
# Given to the build as it was typed (`$(value ...)`), never expanded by make into the environment.
unexport SITEURL
PORT ?= 8000
BUILD := $(call q,$(PYTHON)) -m explainer.build $(if $(DEBUG),--debug)

.PHONY: help venv html clean regenerate serve devserver publish github test eval bench accept-seeds browser \
	new-story example

help:
	@echo "make html          set up .venv and build the site into output/ (open output/index.html)"
	@echo "make test          set up and run every test"
	@echo "make publish       build the published site (only cited sentences) into output/"
	@echo "make devserver     rebuild on change and serve on http://127.0.0.1:$(PORT)"
	@echo "make serve         serve output/ on http://127.0.0.1:$(PORT)"
	@echo "make accept-seeds  record the new sha256 of seeds you edited on purpose"
	@echo "make new-story     move the example story to $(EXAMPLE)/ and start yours from skeleton/"
	@echo "make example       put the example story back (while yours is still the empty skeleton)"
	@echo "make github        publish output/ to the gh-pages branch with ghp-import"
	@echo "make eval          score the rules on the evaluation corpus (WRONG=1 lists each wrong claim)"
	@echo "make bench         run the benchmark"

venv: $(STAMP)

$(STAMP): requirements.txt
	@test -x $(call q,$(PYTHON)) || $(call q,$(PY)) -m venv $(call q,$(VENV))
	$(call q,$(PYTHON)) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(call q,$(VENV))/.installed-[0-9]*
	@touch $@

# The test tools (pytest, lychee, Playwright, ruff) only for the targets that need them.
$(TEST_STAMP): $(STAMP) requirements-test.txt
	$(call q,$(PYTHON)) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	@rm -f $(call q,$(VENV))/.installed-test-*
	@touch $@

html: $(STAMP)
	$(BUILD) -s $(call q,$(CONFFILE)) -o $(call q,$(OUTPUTDIR))

clean:
	rm -rf $(call q,$(OUTPUTDIR)) .output-* .pytest_cache cache

# Pelican's own -r does not watch seeds/ (outside the content folder); ours watches every input.
regenerate: $(STAMP)
	$(call q,$(PYTHON)) -m explainer.devserver -s $(call q,$(CONFFILE)) -o $(call q,$(OUTPUTDIR)) --no-serve

serve: $(STAMP)
	@test -d $(call q,$(OUTPUTDIR)) || { echo "error: no output/ to serve yet; build the site first with make html (or make publish)" >&2; exit 1; }
	$(call q,$(BIN)/pelican) -l $(call q,$(INPUTDIR)) -o $(call q,$(OUTPUTDIR)) -s $(call q,$(CONFFILE)) -p $(call q,$(PORT)) -b 127.0.0.1

devserver: $(STAMP)
	$(call q,$(PYTHON)) -m explainer.devserver -s $(call q,$(CONFFILE)) -o $(call q,$(OUTPUTDIR)) -p $(call q,$(PORT)) -b 127.0.0.1

publish: $(STAMP)
	$(BUILD) -s $(call q,$(PUBLISHCONF)) -o $(call q,$(OUTPUTDIR)) $(if $(value SITEURL),-e $(call q,SITEURL=$(value SITEURL)))

github: publish
	$(call q,$(BIN)/ghp-import) -n -m "Publish the explainer" -b gh-pages $(call q,$(OUTPUTDIR))
	git push origin gh-pages

accept-seeds: $(STAMP)
	$(BUILD) --accept-seeds seeds

# Your own story: the example's seeds/ and content/ move to $(EXAMPLE)/, skeleton/ takes their
# place (no articles yet; the site builds and says so). `make example` undoes it while the
# skeleton is untouched; once you have started your story it refuses, rather than lose it.
EXAMPLE := examples/belarus

new-story:
	@test ! -e $(call q,$(EXAMPLE)) || { echo "error: $(EXAMPLE)/ already exists; a new story was started before (make example puts the example back)" >&2; exit 1; }
	@mkdir -p $(call q,$(EXAMPLE))
	@for part in seeds content; do if [ -e $$part ]; then mv $$part $(call q,$(EXAMPLE))/$$part; fi; done
	@cp -R skeleton/seeds skeleton/content .
	@echo "The example story is now in $(EXAMPLE)/ (make example puts it back)."
	@echo "Your story starts here:"
	@echo "  seeds/              the articles: <id>.txt as received, <id>.yaml with outlet: and published: (see seeds/README.md)"
	@echo "  content/index.md    the front page: its headline on the Title: line, then your text with [cite <id> \"exact words\"]"
	@echo "  content/people/     one file per person (copy content/people/_example.md to <slug>.md)"
	@echo "  pelicanconf.py      SITENAME: the site's name, at the top of every page"
	@echo "Then: make html, and open output/index.html."

example:
	@test -d $(call q,$(EXAMPLE)) || { echo "error: no $(EXAMPLE)/ to put back" >&2; exit 1; }
	@for part in seeds content; do \
	  if [ -e $$part ] && ! diff -rq skeleton/$$part $$part >/dev/null 2>&1; then \
	    echo "error: $$part/ holds your own story, not the empty skeleton; move it away first (e.g. to examples/mine/$$part)" >&2; exit 1; \
	  fi; done
	@rm -rf seeds content
	@mv $(call q,$(EXAMPLE))/seeds $(call q,$(EXAMPLE))/content .
	@rmdir $(call q,$(EXAMPLE)) 2>/dev/null || true
	@echo "The example story is back in seeds/ and content/; make html builds it."

# Browser tests need Debian's chromium, the German-machine build Debian's locales (localedef and
# the locale sources); install them when missing and we are allowed to.
browser:
	@{ command -v chromium >/dev/null 2>&1 && [ -f /usr/share/i18n/locales/de_DE ]; } || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium locales >/dev/null) ; } || \
	  echo "note: chromium or locales is not installed; the browser and German-locale tests will fail in CI"

test: $(TEST_STAMP) browser
	$(call q,$(BIN)/ruff) check plugins tests bench eval
	$(call q,$(PYTHON)) -m pytest

# Build every story of the evaluation corpus and score what each site states against its gold.
eval: $(TEST_STAMP)
	$(call q,$(PYTHON)) eval/run.py $(if $(WRONG),--wrong)

bench: $(STAMP)
	$(call q,$(PYTHON)) bench/run.py
