# Makefile: the two commands of the README, and a few more.
#   make run    install what is missing, build, route the samples in examples/, check a domain,
#               then start `mailfix serve` on $(LISTEN) (its address and a curl example are printed)
#   make test   install what is missing, build, run every test (and the sanitizer build)
#   make build  build only (into build/)
#   make tsan   the threaded explain path under ThreadSanitizer (also part of make test)
#   make bench  run the benchmarks in bench/ (installs the anchors they compare with)
#   make fuzz   build the fuzz targets of fuzz/ with clang's libFuzzer and run each
#               for FUZZ_SECONDS; what fails is left in build-fuzz/artifacts/
BUILD ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
LISTEN ?= 127.0.0.1:8080

.PHONY: all build run test test-fast asan tsan bench fuzz deps deps-test clean

all: build

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@scripts/run-examples.sh $(BUILD)/mailfix $(LISTEN)

test: deps-test build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory tsan

# The same tests, built with AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DMF_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE slow

# explain --jobs under ThreadSanitizer; GLib and GMime are not instrumented,
# tests/tsan.supp says why each of them is left out of the check.
tsan:
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMF_TSAN=ON >/dev/null
	@cmake --build $(TSAN_BUILD) -j $(JOBS) --target mailfix_cli
	@cd $(TSAN_BUILD) && TSAN_OPTIONS="halt_on_error=1 suppressions=$(CURDIR)/tests/tsan.supp" \
		ctest --output-on-failure -R '^explain-jobs$$'

bench:
	@scripts/install-deps.sh bench
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@bench/run-all.sh $(BUILD)

# Each target mutates its seeds (fuzz/corpus/<target>/, copied so that the
# checked-in seeds stay as they are) for FUZZ_SECONDS, with fuzz/<target>.dict.
fuzz:
	@scripts/install-deps.sh fuzz
	@CC=clang cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMF_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_route fuzz_explain fuzz_spf fuzz_dns_wire fuzz_checkdomain
	@mkdir -p $(FUZZ_BUILD)/artifacts
	@failed=""; for t in route explain spf dns_wire checkdomain; do \
		mkdir -p $(FUZZ_BUILD)/corpus/$$t && cp -n fuzz/corpus/$$t/* $(FUZZ_BUILD)/corpus/$$t/; \
		echo "fuzz $$t for $(FUZZ_SECONDS) s"; \
		dict=""; [ -f fuzz/$$t.dict ] && dict="-dict=fuzz/$$t.dict"; \
		$(FUZZ_BUILD)/fuzz/fuzz_$$t $$dict -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
			-rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix=$(FUZZ_BUILD)/artifacts/$$t- $(FUZZ_BUILD)/corpus/$$t || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: failed:$$failed (inputs in $(FUZZ_BUILD)/artifacts/)"; exit 1; fi

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(FUZZ_BUILD)
