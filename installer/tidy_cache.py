#!/usr/bin/env python3
"""Runs clang-tidy over the sources of a compile_commands.json, skipping every
file whose clean result is already in a cache (installer/tidy.sh calls this).

A file's key is a SHA-256 of: the clang-tidy and clang++ versions, every
.clang-tidy between the file and the tree's root, the file's compile command,
its preprocessed text (clang++ -E with the same flags) and the bytes of every
file that text came from (so a change to any included header, or to a comment
such as a NOLINT, changes the key). Only clean results are stored: a file with
a warning has no entry, so it is checked again, and fails again, on every run.

Preprocessing every file costs about half a second each, which would make a
run with nothing changed take most of a minute. So, like ccache's direct mode,
each file also gets a manifest: the files its preprocessed text was read from
with their content hashes, and the key they gave. When every one of those
files still has the same content, the key is taken from the manifest without
preprocessing. What that cannot see is a new header that would now be found
earlier on the include path (or a changed __has_include answer);
SUPERNOVA_TIDY_DIRECT=0 turns the manifests off and preprocesses every file.

Paths of the tree and of the build folder are replaced by placeholders before
hashing, so two checkouts of the same commit share results.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import threading
import time

FINDING = re.compile(r": (warning|error): ")
LINE_MARKER = re.compile(rb'^# \d+ "((?:[^"\\]|\\.)*)"', re.MULTILINE)
CACHE_FORMAT = b"supernova-tidy 1\0"


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--build", required=True)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--filter", default="/core/")
    p.add_argument("--cache", required=True)
    p.add_argument("--log", required=True)
    return p.parse_args()


def tool_version(tool):
    out = subprocess.run([tool, "--version"], capture_output=True, check=True)
    return out.stdout


def sha(data):
    return hashlib.sha256(data).hexdigest()


class Run:
    def __init__(self, args):
        self.root = os.path.realpath(args.root)
        self.build = os.path.realpath(args.build)
        self.jobs = max(1, args.jobs)
        self.cache = args.cache
        self.tidy = os.environ.get("SUPERNOVA_CLANG_TIDY", "clang-tidy")
        self.clangxx = os.environ.get("SUPERNOVA_TIDY_CLANGXX", "clang++")
        self.direct = os.environ.get("SUPERNOVA_TIDY_DIRECT", "1") != "0"
        self.versions = tool_version(self.tidy) + b"\0" + tool_version(self.clangxx)
        self.content_hashes = {}
        self.lock = threading.Lock()
        self.log = open(args.log, "w", encoding="utf-8")
        # The longer path first: the build folder usually lies inside the tree.
        self.placeholders = sorted(
            [(self.build.encode(), b"@BUILD@"), (self.root.encode(), b"@ROOT@")],
            key=lambda pair: -len(pair[0]),
        )

    def normalize(self, data):
        for path, placeholder in self.placeholders:
            data = data.replace(path, placeholder)
        return data

    def denormalize(self, path):
        for real, placeholder in self.placeholders:
            path = path.replace(placeholder.decode(), real.decode())
        return path

    def content_hash(self, path):
        """SHA-256 of a file's bytes, or None when it cannot be read.

        Remembered per (path, size, mtime, inode) rather than per path: a file
        edited while the run goes on (a header fixed between two checks) must
        not keep the hash it had when the run first read it."""
        try:
            st = os.stat(path)
            stamp = (path, st.st_size, st.st_mtime_ns, st.st_ino)
        except OSError:
            return None
        with self.lock:
            if stamp in self.content_hashes:
                return self.content_hashes[stamp]
        try:
            with open(path, "rb") as f:
                digest = sha(f.read())
        except OSError:
            return None
        with self.lock:
            self.content_hashes[stamp] = digest
        return digest

    def unchanged(self, files):
        return all(self.content_hash(path) == digest for path, digest in files)

    def tidy_configs(self, source):
        """Every .clang-tidy clang-tidy may read for this file, nearest last."""
        parts = []
        directory = os.path.dirname(source)
        while True:
            config = os.path.join(directory, ".clang-tidy")
            if os.path.isfile(config):
                with open(config, "rb") as f:
                    parts.append(self.normalize(config.encode()) + b"\0" + f.read())
            if directory == self.root or os.path.dirname(directory) == directory:
                break
            directory = os.path.dirname(directory)
        return b"\0".join(parts)

    def preprocess_command(self, arguments):
        """The compile command turned into `clang++ -E` writing to stdout."""
        out = [self.clangxx]
        skip_next = False
        for arg in arguments[1:]:
            if skip_next:
                skip_next = False
                continue
            if arg in ("-o", "-MF", "-MT", "-MQ"):
                skip_next = True
                continue
            if arg in ("-c", "-MD", "-MMD") or arg.startswith("-o"):
                continue
            out.append(arg)
        # gcc-only warning flags would be errors under -Werror otherwise.
        return out + ["-E", "-Wno-unknown-warning-option"]

    def cache_path(self, kind, key):
        return os.path.join(self.cache, kind, key[:2], key)

    def store(self, kind, key, data):
        path = self.cache_path(kind, key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = "%s.%d.%d.tmp" % (path, os.getpid(), threading.get_ident())
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)

    def key_for(self, entry):
        """(key, the files it was made from with their hashes) for one compile
        command; (None, why) when no key can be made."""
        source = entry["file"]
        directory = entry["directory"]
        arguments = entry.get("arguments") or shlex.split(entry["command"])
        static = (
            CACHE_FORMAT
            + self.versions
            + b"\0"
            + self.tidy_configs(source)
            + b"\0"
            + self.normalize(shlex.join(arguments).encode())
            + b"\0"
            + self.normalize(directory.encode())
        )
        manifest_key = sha(b"manifest\0" + static)
        if self.direct:
            try:
                with open(self.cache_path("manifests", manifest_key), "rb") as f:
                    manifest = json.loads(f.read())
                files = [(self.denormalize(path), digest) for path, digest in manifest["files"]]
                if self.unchanged(files):
                    return manifest["key"], files
            except (OSError, ValueError, KeyError):
                pass
        result = subprocess.run(
            self.preprocess_command(arguments), cwd=directory, capture_output=True
        )
        if result.returncode != 0:
            return None, "preprocessing failed: " + result.stderr.decode(errors="replace")[-2000:]
        text = result.stdout
        files = set()
        for match in LINE_MARKER.finditer(text):
            name = match.group(1).decode(errors="surrogateescape")
            if name.startswith("<"):
                continue  # <built-in>, <command line>
            files.add(os.path.normpath(os.path.join(directory, name)))
        listed = []
        for path in sorted(files):
            digest = self.content_hash(path)
            if digest is None:
                return None, "cannot read " + path
            listed.append((path, digest))
        h = hashlib.sha256(static)
        h.update(self.normalize(text))
        for path, digest in listed:
            h.update(self.normalize(path.encode()) + b"\0" + digest.encode() + b"\0")
        key = h.hexdigest()
        if self.direct:
            manifest = {
                "files": [(self.normalize(p.encode()).decode(errors="surrogateescape"), d) for p, d in listed],
                "key": key,
            }
            self.store("manifests", manifest_key, json.dumps(manifest).encode())
        return key, listed

    def check(self, entry):
        """Returns (source, findings list, how): how says cache hit or clang-tidy run."""
        source = entry["file"]
        key, inputs = self.key_for(entry)
        if key is not None and os.path.exists(self.cache_path("clean", key)):
            return source, [], "cached"
        start = time.monotonic()
        # At the caller's priority: `nice -n 15 installer/tidy.sh` on a shared machine.
        result = subprocess.run(
            [self.tidy, "-p", self.build, "--quiet", source],
            cwd=self.root,
            capture_output=True,
        )
        output = (result.stdout + result.stderr).decode(errors="replace")
        output = re.sub(r"\x1b\[[0-9;]*m", "", output)
        findings = [line for line in output.splitlines() if FINDING.search(line)]
        if result.returncode != 0 and not findings:
            findings = ["%s: error: clang-tidy exited with status %d" % (source, result.returncode)]
        if key is None:
            findings.append("%s: error: no cache key (%s)" % (source, inputs))
        seconds = time.monotonic() - start
        with self.lock:
            self.log.write("== %s (%.1fs, exit %d)\n%s\n" % (source, seconds, result.returncode, output))
            self.log.flush()
        # A file edited while clang-tidy read it: the result belongs to neither
        # version, so it is not stored (the next run checks the file again).
        if not findings and key is not None and self.unchanged(inputs):
            self.store("clean", key, ("%s\n" % os.path.relpath(source, self.root)).encode())
        status = "clean" if not findings else "%d finding(s)" % len(findings)
        print(
            "tidy: %s: %s (%.0fs)" % (os.path.relpath(source, self.root), status, seconds),
            file=sys.stderr,
            flush=True,
        )
        return source, findings, "checked"


def main():
    args = parse_args()
    run = Run(args)
    with open(os.path.join(run.build, "compile_commands.json"), encoding="utf-8") as f:
        commands = json.load(f)
    pattern = re.compile(re.escape(run.root) + args.filter)
    entries = {}
    for entry in commands:
        source = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        if pattern.search(source) and source not in entries:
            entries[source] = dict(entry, file=source)
    start = time.monotonic()
    findings = set()
    counts = {"cached": 0, "checked": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=run.jobs) as pool:
        for source, found, how in pool.map(run.check, [entries[s] for s in sorted(entries)]):
            counts[how] += 1
            findings.update(line.replace(run.root + "/", "") for line in found)
    lines = sorted(findings)
    for line in lines[:200]:
        print(line)
    print(
        "tidy: %d finding(s) in %d file(s) matching %s: %d checked by clang-tidy, "
        "%d clean in the cache (%s), %.0fs (full output: %s)"
        % (len(lines), len(entries), args.filter, counts["checked"], counts["cached"],
           run.cache, time.monotonic() - start, args.log)
    )
    return 0 if entries and not lines else 1


if __name__ == "__main__":
    sys.exit(main())
