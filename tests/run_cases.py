#!/usr/bin/env python3
"""run_cases.py: run the case files of one directory (tests/cases/<command>/)
against the mailfix binary, one case per file (STYLE.md, "Tests as data").

A case file:

    # 0042: an SPF bounce pasted by the user routes to email-delivery
    --- args
    route --json
    --- stdin
    my mail bounced: 550 5.7.1 SPF check failed for example.com
    --- expect
    {"path": "email-delivery", "cause": "spf-fail", "side": "sender"}

Sections:
  args              the command line after `mailfix` (shell quoting; {tmp} is a
                    scratch directory for this case, {shared} the shared/ folder)
  stdin             standard input (the section's text, final newline kept)
  stdin-file        a path (with {tmp}/{shared}) whose bytes are standard input;
                    a directory is opened as standard input itself (each read
                    of it fails: input that cannot be read)
  stdin-escaped     standard input with Python escapes (\\xff, \\x00, \\n) decoded
  stdin-repeat      lines "COUNT TEXT": each TEXT (escapes decoded) repeated COUNT
                    times, all concatenated
  expect            JSON, one value per output line: objects match when every
                    listed key matches (others are ignored); lists match item
                    by item and must be as long, unless the last expected item
                    is "..."; strings starting with "~" match as a regex search;
                    "<absent>" as a key's value: the key must not be there
  exit              the expected exit status (default 0)
  stdout-contains   lines that must each appear in standard output
  stdout-lacks      lines that must not appear in standard output
  stderr-contains   lines that must each appear in standard error
  stderr-lacks      lines that must not appear in standard error (a secret)
  file NAME         a file written under {tmp} before the run (text as given)
  zone              an RFC 1035 zone file; `--zone FILE` is added to the args
  env               NAME=VALUE lines added to the environment

Usage: run_cases.py MAILFIX DIR [CASE...]
       run_cases.py --http MAILFIX DIR [CASE...]

MF_CASE_WRAP in the environment (shell words, e.g. "valgrind -q
--error-exitcode=9 ...") runs each case's command under that program, with
ten times the time limit: a report of the wrapper fails the case by its
exit status.

With --http, the cases run over HTTP against a `mailfix serve` started on
127.0.0.1 (a free high port) instead of the command line: `route` cases
over POST /api/route (the query, from the words of args or stdin,
--provider and --lang go in the JSON body), `explain` cases that read one
message from stdin over POST /api/explain (the raw message; --lang as
?lang=).  The same expectations are checked against the answer (exit 0 =
HTTP 200; another exit = a 4xx/5xx JSON error whose message must hold the
stderr-contains lines).  Cases that cannot be said over HTTP (--jsonl,
--data, zone, env, files, text output) are skipped and counted; a run
where none could be said fails.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("MF_SHARED_DIR", os.path.join(HERE, "..", "..", "shared"))


def parse_case(path):
    title, sections, cur = "", [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("--- "):
                cur = [line[4:].strip(), []]
                sections.append(cur)
            elif cur is None:
                if line.startswith("#") and not title:
                    title = line[1:].strip()
            else:
                cur[1].append(line)
    return title, [(name, "".join(body)) for name, body in sections]


def matches(expected, actual, where="$"):
    """Return None when actual matches expected, else a message."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{where}: expected an object, got {actual!r}"
        for k, v in expected.items():
            if v == "<absent>":
                if k in actual:
                    return f"{where}.{k}: present, expected absent"
                continue
            if k not in actual:
                return f"{where}.{k}: missing"
            m = matches(v, actual[k], f"{where}.{k}")
            if m:
                return m
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return f"{where}: expected a list, got {actual!r}"
        open_end = bool(expected) and expected[-1] == "..."
        items = expected[:-1] if open_end else expected
        if len(actual) < len(items) or (not open_end and len(actual) != len(items)):
            return f"{where}: expected {len(items)} items{' or more' if open_end else ''}, got {len(actual)}"
        for i, v in enumerate(items):
            m = matches(v, actual[i], f"{where}[{i}]")
            if m:
                return m
        return None
    if isinstance(expected, str) and expected.startswith("~"):
        if not isinstance(actual, str) or not re.search(expected[1:], actual):
            return f"{where}: {actual!r} does not match /{expected[1:]}/"
        return None
    if isinstance(expected, float) or isinstance(actual, float):
        if not isinstance(actual, (int, float)) or abs(expected - actual) > 1e-9:
            return f"{where}: expected {expected!r}, got {actual!r}"
        return None
    if expected != actual:
        return f"{where}: expected {expected!r}, got {actual!r}"
    return None


def parse_expect(text):
    """One JSON value per line, or one value spread over several lines."""
    text = text.strip()
    if not text:
        return []
    try:
        return [json.loads(text)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def run_case(mailfix, path):
    title, sections = parse_case(path)
    with tempfile.TemporaryDirectory(prefix="mfcase-") as tmp:
        subst = lambda s: s.replace("{tmp}", tmp).replace("{shared}", SHARED)
        args, stdin, exit_code, env = [], b"", 0, dict(os.environ)
        checks = []
        for name, body in sections:
            if name == "args":
                args = [subst(a) for a in shlex.split(body.strip())]
            elif name == "stdin":
                stdin = body.encode("utf-8")
            elif name == "stdin-escaped":
                stdin = body.rstrip("\n").encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1")
            elif name == "stdin-repeat":
                stdin = b""
                for line in body.splitlines():
                    if line.strip():
                        count, text = line.split(" ", 1)
                        stdin += text.encode("utf-8").decode("unicode_escape").encode("latin-1") * int(count)
            elif name == "stdin-file":
                if os.path.isdir(subst(body.strip())):
                    stdin = subst(body.strip())
                else:
                    with open(subst(body.strip()), "rb") as f:
                        stdin = f.read()
            elif name.startswith("file "):
                fpath = os.path.join(tmp, name[5:].strip())
                os.makedirs(os.path.dirname(fpath), exist_ok=True)
                with open(fpath, "w", encoding="utf-8") as f:
                    f.write(subst(body))
            elif name == "zone":
                zpath = os.path.join(tmp, f"zone{len(checks)}.zone")
                with open(zpath, "w", encoding="utf-8") as f:
                    f.write(body)
                checks.append(("zone", zpath))
            elif name == "exit":
                exit_code = int(body.strip())
            elif name == "env":
                for line in body.splitlines():
                    if "=" in line:
                        k, v = line.split("=", 1)
                        env[k.strip()] = subst(v.strip())
            elif name in ("expect", "stdout-contains", "stdout-lacks", "stderr-contains",
                          "stderr-lacks"):
                checks.append((name, body))
            else:
                return f"unknown section '--- {name}'"
        for kind, val in checks:
            if kind == "zone":
                args += ["--zone", val]
        wrap = shlex.split(os.environ.get("MF_CASE_WRAP", ""))
        limit = 600 if wrap else 60
        try:
            if isinstance(stdin, str):  # a directory as standard input
                fd = os.open(stdin, os.O_RDONLY | os.O_DIRECTORY)
                try:
                    proc = subprocess.run(wrap + [mailfix] + args, stdin=fd, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, timeout=limit, env=env)
                finally:
                    os.close(fd)
            else:
                proc = subprocess.run(wrap + [mailfix] + args, input=stdin, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, timeout=limit, env=env)
        except subprocess.TimeoutExpired:
            return f"timed out after {limit} s"
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
        problems = []
        if proc.returncode != exit_code:
            problems.append(f"exit {proc.returncode}, expected {exit_code}")
        if proc.returncode < 0:
            problems.append(f"killed by signal {-proc.returncode}")
        for kind, body in checks:
            if kind == "expect":
                want = parse_expect(body)
                lines = [l for l in out.splitlines() if l.strip()]
                if len(lines) != len(want):
                    problems.append(f"{len(lines)} output lines, expected {len(want)}")
                for i, (w, l) in enumerate(zip(want, lines)):
                    try:
                        got = json.loads(l)
                    except json.JSONDecodeError:
                        problems.append(f"line {i + 1} is not JSON: {l[:200]!r}")
                        continue
                    m = matches(w, got)
                    if m:
                        problems.append(f"line {i + 1}: {m}")
            elif kind in ("stdout-contains", "stderr-contains", "stdout-lacks", "stderr-lacks"):
                text = err if kind.startswith("stderr") else out
                lacks = kind.endswith("-lacks")
                for line in body.splitlines():
                    if not line.strip():
                        continue
                    present = line.strip() in text
                    if lacks and present:
                        problems.append(f"{kind.split('-')[0]} has {line.strip()!r}")
                    elif not lacks and not present:
                        problems.append(f"{kind.split('-')[0]} lacks {line.strip()!r}")
        if problems:
            return "; ".join(problems) + f"\n    stdout: {out[:600]!r}\n    stderr: {err[:400]!r}"
    return None


def http_request_of(sections):
    """The HTTP request a case stands for: (path, body bytes, headers), or
    (None, why not).  `route` cases become POST /api/route with a JSON
    body; `explain` cases reading one message from stdin become POST
    /api/explain with the raw message (message/rfc822, ?lang= for --lang)."""
    args, stdin = None, None
    for name, body in sections:
        if name == "args":
            args = shlex.split(body.strip())
        elif name == "stdin":
            stdin = body.encode("utf-8")
        elif name == "stdin-file":
            if "{tmp}" in body:
                return None, "standard input from the scratch directory"
            with open(body.strip().replace("{shared}", SHARED), "rb") as f:
                stdin = f.read()
        elif name not in ("expect", "exit", "stderr-contains", "stdout-contains", "stdout-lacks",
                          "stderr-lacks"):
            return None, f"section '--- {name}'"
    if not args or args[0] not in ("route", "explain"):
        return None, "no endpoint for this command"
    opts, words, i = {}, [], 1
    while i < len(args):
        a = args[i]
        if a == "--json":
            pass
        elif a in ("--provider", "--lang") and i + 1 < len(args):
            opts[a[2:]] = args[i + 1]
            i += 1
        elif a.startswith("--provider=") or a.startswith("--lang="):
            k, v = a[2:].split("=", 1)
            opts[k] = v
        elif a == "--":
            words += args[i + 1:]
            break
        elif a.startswith("-") and a != "-":
            return None, f"option {a}"
        else:
            words.append(a)
        i += 1
    if "--json" not in args:
        return None, "text output"
    if args[0] == "explain":
        if words and words != ["-"]:
            return None, "explain of files"
        if "provider" in opts:
            return None, "option --provider"
        query = f"?lang={opts['lang']}" if "lang" in opts else ""
        return ("/api/explain" + query, stdin or b"", {"Content-Type": "message/rfc822"}), None
    req = dict(opts)
    query = " ".join(words).encode("utf-8") if words else (stdin or b"")
    try:
        req["query"] = query.decode("utf-8")
    except UnicodeDecodeError:
        return None, "a query that is not UTF-8 cannot be sent as JSON"
    return ("/api/route", json.dumps(req).encode("utf-8"), {"Content-Type": "application/json"}), None


def run_case_http(conn_factory, path):
    """Run one case over HTTP; returns (problem or None, skipped reason or None)."""
    import http.client
    title, sections = parse_case(path)
    req, why = http_request_of(sections)
    if req is None:
        return None, why
    url, payload, headers = req
    exit_code = 0
    checks = []
    for name, body in sections:
        if name == "exit":
            exit_code = int(body.strip())
        elif name in ("expect", "stdout-contains", "stdout-lacks", "stderr-contains"):
            checks.append((name, body))
        if name == "expect" and len(parse_expect(body)) > 1:
            # The command answered several inputs (an mbox, a stream); a
            # request is one input and gets one answer.
            return None, "several answers (one request is one input)"
    conn = conn_factory()
    try:
        conn.request("POST", url, body=payload, headers=headers)
        resp = conn.getresponse()
        status, data = resp.status, resp.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException) as e:
        return f"HTTP request failed: {e}", None
    finally:
        conn.close()
    problems = []
    try:
        got = json.loads(data)
    except json.JSONDecodeError:
        return f"HTTP {status}: body is not JSON: {data[:200]!r}", None
    if exit_code == 0 and status != 200:
        problems.append(f"HTTP {status}, expected 200: {data[:300]}")
    if exit_code != 0 and not (400 <= status < 600 and "error" in got and "code" in got):
        problems.append(f"HTTP {status}, expected a JSON error (the CLI exits {exit_code})")
    for kind, body in checks:
        if kind == "expect" and exit_code == 0:
            want = parse_expect(body)
            if len(want) != 1:
                problems.append(f"{len(want)} expected answers; HTTP gives one")
            elif status == 200:
                m = matches(want[0], got)
                if m:
                    problems.append(m)
        elif kind == "stderr-contains" and exit_code != 0:
            for line in body.splitlines():
                if line.strip() and line.strip() not in got.get("error", ""):
                    problems.append(f"error lacks {line.strip()!r}: {got.get('error')!r}")
        elif kind in ("stdout-contains", "stdout-lacks") and exit_code == 0:
            for line in body.splitlines():
                present = line.strip() in data
                if line.strip() and present != (kind == "stdout-contains"):
                    problems.append(f"{kind}: {line.strip()!r}")
    if problems:
        return "; ".join(problems) + f"\n    request: POST {url} {payload[:300]!r}", None
    return None, None


def main_http(mailfix, folder, only):
    import http.client
    sys.path.insert(0, os.path.join(HERE, "serve"))
    from serverctl import Server
    names = sorted(n for n in os.listdir(folder) if n.endswith(".case"))
    passed = failed = skipped = 0
    with Server(mailfix) as srv:
        factory = lambda: http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
        for name in names:
            if only and name not in only:
                continue
            problem, skip = run_case_http(factory, os.path.join(folder, name))
            if skip:
                skipped += 1
                print(f"skip {name}: {skip}")
            elif problem:
                failed += 1
                print(f"FAIL {name} (http): {problem}")
            else:
                passed += 1
        rc = srv.stop()
        if rc != 0:
            failed += 1
            print(f"FAIL: mailfix serve exited {rc} after SIGTERM\n{srv.stderr()[-2000:]}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped (over HTTP)")
    return 1 if failed or not passed else 0


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "--http":
        if len(sys.argv) < 4:
            print(__doc__, file=sys.stderr)
            return 2
        return main_http(sys.argv[2], sys.argv[3], set(sys.argv[4:]))
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    mailfix, folder = sys.argv[1], sys.argv[2]
    only = set(sys.argv[3:])
    names = sorted(n for n in os.listdir(folder) if n.endswith(".case"))
    passed = failed = 0
    for name in names:
        if only and name not in only:
            continue
        problem = run_case(mailfix, os.path.join(folder, name))
        if problem:
            failed += 1
            print(f"FAIL {name}: {problem}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
