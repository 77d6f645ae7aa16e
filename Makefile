# ecovol — build, run and test. `make run` and `make test` install what they need.
SWIFT      ?= swift
PREFIX     ?= /usr/local
BIN        := .build/release/ecovol
DEBUG_BIN  := .build/debug/ecovol

# Debian packages: libedit-dev (the line editor), pkg-config (to find it),
# tmux (the terminal end-to-end tests), sqlite3 (the benchmark's reference run),
# chromium, fonts-noto-cjk and poppler-utils (certificates printed to PDF and read back).
RUN_PACKAGES  := libedit-dev pkg-config
TEST_PACKAGES := $(RUN_PACKAGES) tmux chromium fonts-noto-cjk poppler-utils
BENCH_PACKAGES := $(RUN_PACKAGES) sqlite3 libsqlite3-dev

define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		if [ "$$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
endef

.PHONY: run build test deps test-deps bench install check-knowledge clean

## Set up and open the REPL with the built-in knowledge base and the default store.
run: deps build
	$(BIN)

build:
	$(SWIFT) build -c release

deps:
	$(call apt_install,$(RUN_PACKAGES))

test-deps:
	$(call apt_install,$(TEST_PACKAGES))

## Set up and run the whole test suite (unit, property, end-to-end through pipes and tmux),
## beside a throw-away PostgreSQL cluster for the shared-store tests (installed when missing).
test: test-deps
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift
	$(SWIFT) build
	ECOVOL_PDF_TESTS=required Scripts/with-postgres.sh $(SWIFT) test
	$(DEBUG_BIN) knowledge check knowledge

check-knowledge:
	$(SWIFT) build
	$(DEBUG_BIN) knowledge check knowledge

## Install the binary and the built-in knowledge base under PREFIX.
install: deps build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/ecovol
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/ecovol
	rm -rf $(DESTDIR)$(PREFIX)/share/ecovol/knowledge
	cp -R knowledge $(DESTDIR)$(PREFIX)/share/ecovol/knowledge

## Run the benchmark suite (its own package under Benchmarks/, never part of `make test` or CI)
## against the SQLite reference, beside a throw-away PostgreSQL cluster with fsync on (the shared
## store's benchmarks), and write Benchmarks/RESULTS.md. About 10 minutes, plus
## about 10 more the first time (building the benchmark package, generating the data sets).
BENCH_RESULTS := Benchmarks/.build/bench-results
bench:
	$(call apt_install,$(BENCH_PACKAGES))
	$(SWIFT) build -c release
	rm -rf $(BENCH_RESULTS) && mkdir -p $(BENCH_RESULTS)
	cd Benchmarks && ECOVOL_TEST_POSTGRES_FSYNC=on ../Scripts/with-postgres.sh \
		$(SWIFT) package --allow-writing-to-package-directory benchmark \
		--format histogramPercentiles --path .build/bench-results --no-progress
	cd Benchmarks && $(SWIFT) build -c release --product BenchReport
	BENCH_SWIFT="$$($(SWIFT) --version 2>/dev/null | head -1)" BENCH_SQLITE="$$(sqlite3 --version | cut -d' ' -f1)" \
		BENCH_COMMIT="$$(git rev-parse --short HEAD 2>/dev/null)" BENCH_NOTES=Benchmarks/NOTES.md \
		Benchmarks/.build/release/BenchReport $(BENCH_RESULTS) Benchmarks/RESULTS.md
	rm -rf Benchmarks/.build/bench-data/scratch-*

clean:
	rm -rf .build
