#!/usr/bin/env python3
"""Reads a speedscope export of a dotnet-trace sampled-thread-time trace and prints where the host's busy time went.

A sample counts as busy unless its thread waits (a semaphore, socket poll, sleep, monitor): the sampler records every
managed thread, idle or not. Busy samples in native code ("UNMANAGED_CODE_TIME": crypto, syscalls) count too and are
charged to the managed frame that called out. Prints the top frames by exclusive and by inclusive share of busy time,
the share by area (namespace), and, given the dotnet-counters CSV, allocation rate and GC counts.
Usage: analyze.py trace.speedscope.json [--counters file.csv] [--requests wrk.txt] [-n 25]
"""
import argparse, collections, csv, json, re, sys

WAITS = re.compile(r"WaitForSignal|WaitNative|WaitForSocketEvents|Monitor\.Wait|Thread\.Sleep|WaitOneNoCheck|WaitHandle\.Wait|"
                   r"WaitOneCore|WaitMultiple|ManualResetEventSlim\.Wait|SemaphoreSlim\.Wait|GateThreadStart|Interop\+Sys\.Poll|"
                   r"Interop\+Sys\.Read\(|ReadFromConsole|WaitForPendingFinalizers|Thread\.Join|LowLevelMonitor\.Wait|"
                   r"ConsoleLoggerProcessor\.ProcessLogQueue|TimerQueue\.TimerThread|Condition\.Wait|Interop\+Sys\.WaitPid|SocketAsyncEngine\.EventLoop|"
                   r"Monitor\.Enter_Slowpath|LowLevelLifoSemaphore\.Wait|CounterGroup\.PollForValues")
# A thread stopped at a GC poll waits for the collection (its cost shows as allocation and GC, reported apart).
GC_WAIT = re.compile(r"PollGCWorker|GCHeap|WaitForGCCompletion")
PSEUDO = {"CPU_TIME", "UNMANAGED_CODE_TIME", "Thread", "Process"}
AREAS = [("OpenIddict", "OpenIddict"), ("Microsoft.IdentityModel", "IdentityModel (JWT)"), ("System.Security.Cryptography", "cryptography"),
         ("Interop+Crypto", "cryptography"), ("Microsoft.AspNetCore.DataProtection", "data protection"),
         ("Microsoft.EntityFrameworkCore", "EF Core"), ("Npgsql", "Npgsql"), ("Microsoft.AspNetCore.Mvc.Razor", "Razor"),
         ("Microsoft.AspNetCore.Razor", "Razor"), ("AspNetCoreGeneratedDocument", "Razor views"), ("Microsoft.AspNetCore.Mvc.ViewFeatures", "MVC views"),
         ("Microsoft.AspNetCore.Antiforgery", "antiforgery"), ("System.Text.Json", "System.Text.Json"), ("Microsoft.Extensions.Logging", "logging"),
         ("Microsoft.AspNetCore.Authentication", "authentication"), ("Microsoft.AspNetCore.Authorization", "authorization"),
         ("Microsoft.Extensions.DependencyInjection", "DI"), ("Admin.", "our code (Admin.*)"), ("Microsoft.AspNetCore.Server.Kestrel", "Kestrel"),
         ("System.Linq.Expressions", "expression trees"), ("Microsoft.AspNetCore.Mvc", "MVC"), ("kernel:", "kernel (syscalls, network)"),
         ("WKS::", "GC"), ("SVR::", "GC")]


def frame_name(f):
    return f.get("name", "?")


def short(name, width=140):
    name = re.sub(r"^[^!]*!", "", name)
    name = re.sub(r"\(.*\)$", "()", name)
    return name if len(name) <= width else name[: width - 1] + "…"


def stacks(doc):
    """Yields (stack of frame indexes root→leaf, weight in ms) for every profile."""
    for p in doc["profiles"]:
        if p["type"] == "evented":
            stack, last = [], None
            for e in p["events"]:
                if last is not None and stack and e["at"] > last:
                    yield tuple(stack), e["at"] - last
                last = e["at"]
                if e["type"] == "O":
                    stack.append(e["frame"])
                elif stack:
                    stack.pop()
        else:
            for s, w in zip(p["samples"], p["weights"]):
                yield tuple(s), w


def perf_stacks(path):
    """Reads `perf script` output (on-CPU samples, leaf first) into (names, [(stack, weight)]) in the speedscope shape."""
    names, index, out, frames = [], {}, [], []
    def flush():
        if frames:
            out.append((tuple(reversed(frames)), 1.0))
            frames.clear()
    for line in open(path, errors="replace"):
        if not line.strip():
            flush(); continue
        if not line[0].isspace():
            flush(); continue
        parts = line.strip().split(" ", 1)
        sym = parts[1] if len(parts) > 1 else "?"
        sym = re.sub(r"\+0x[0-9a-f]+", "", sym)
        m = re.match(r"^(.*) \(([^)]*)\)$", sym)
        sym, dso = (m.group(1), m.group(2)) if m else (sym, "")
        if "kernel.kallsyms" in dso:
            sym = "kernel:" + sym
        if sym in ("[unknown]", ""):
            sym = f"[{dso.split('/')[-1] or 'unknown'}]"
        # JIT frames from the perf map: "[Assembly] Namespace.Type::Method(args)[Optimized]"
        sym = re.sub(r"^(instance )?(\S+ )?\[[^\]]*\] ", "", sym).replace("::", ".")
        sym = re.sub(r"\[(Optimized|OptimizedTier1|Tier0|Tier1|PreJIT|QuickJitted|Instrumented)[^\]]*\]$", "", sym)
        if sym not in index:
            index[sym] = len(names); names.append(sym)
        frames.append(index[sym])
    flush()
    return names, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("trace"); ap.add_argument("--counters"); ap.add_argument("--requests"); ap.add_argument("-n", type=int, default=25)
    ap.add_argument("--perf", action="store_true", help="the trace is `perf script` output of on-CPU samples")
    a = ap.parse_args()
    if a.perf:
        names, samples = perf_stacks(a.trace)
    else:
        doc = json.load(open(a.trace))
        names = [frame_name(f) for f in doc["shared"]["frames"]]
        samples = stacks(doc)
    busy = collections.Counter()
    total = idle = gc_wait = 0.0
    for stack, w in samples:
        total += w
        real = [names[i] for i in stack if names[i] not in PSEUDO and not names[i].startswith("Thread (")]
        native = names[stack[-1]] == "UNMANAGED_CODE_TIME"
        while real and real[-1].endswith("?"):  # an unresolved native frame: charged to its managed caller
            real.pop(); native = True
        if not a.perf and (not real or any(WAITS.search(n) for n in real[-3:])):
            idle += w
            continue
        if not a.perf and GC_WAIT.search(real[-1]):
            gc_wait += w
            continue
        busy[(tuple(real), native)] += w
    all_busy = sum(busy.values())
    if all_busy == 0:
        print("no busy samples"); return
    excl, incl, areas = collections.Counter(), collections.Counter(), collections.Counter()
    for (real, native), w in busy.items():
        excl[short(real[-1]) + (" [native]" if native else "")] += w
        for n in set(short(x) for x in real):
            incl[n] += w
        hit = set()
        for n in real:
            for prefix, area in AREAS:
                if n.split("!")[-1].startswith(prefix) or (prefix.startswith("Interop") and prefix in n):
                    hit.add(area); break
        for area in hit:
            areas[area] += w
    req = None
    if a.requests:
        m = re.search(r"Requests/sec:\s*([\d.]+)", open(a.requests).read())
        req = float(m.group(1)) if m else None
    if a.perf:
        print(f"\nOn-CPU samples (perf, every thread of the host): {all_busy:.0f}.\n")
    else:
      print(f"\nBusy samples: {all_busy / 1000:.1f} s of thread time ({all_busy / total:.0%} of all sampled thread time); threads stopped for a GC: "
            f"{gc_wait / 1000:.1f} s ({gc_wait / (all_busy + gc_wait):.0%} of busy + GC); the rest waits (I/O, locks, an idle pool).\n")
    print("| top frames, exclusive | share of busy |\n| --- | ---: |")
    for n, w in excl.most_common(a.n):
        print(f"| `{n}` | {w / all_busy:.1%} |")
    print("\n| top frames, inclusive | share of busy |\n| --- | ---: |")
    skip = re.compile(r"^System\.Threading\.(ThreadPoolWorkQueue|PortableThreadPool|Thread\.|ExecutionContext|Tasks\.|ThreadPool)|AsyncStateMachineBox|"
                      r"System\.Runtime\.CompilerServices\.AsyncMethodBuilderCore|AsyncTaskMethodBuilder|System\.Threading\.Thread\.StartCallback")
    shown = 0
    for n, w in incl.most_common():
        if skip.search(n):
            continue
        print(f"| `{n}` | {w / all_busy:.1%} |")
        shown += 1
        if shown >= a.n:
            break
    print("\n| area (inclusive; a frame counts in every area on its stack) | share of busy |\n| --- | ---: |")
    for n, w in areas.most_common():
        print(f"| {n} | {w / all_busy:.1%} |")
    if a.counters:
        counters(a.counters, req)


def counters(path, req):
    rows = list(csv.reader(open(path)))
    if len(rows) < 2:
        print("\n(no counters)"); return
    head = rows[0]
    by = collections.defaultdict(list)
    for r in rows[1:]:
        if len(r) < 5:
            continue
        try:
            by[(r[2], r[3])].append(float(r[4]))
        except ValueError:
            pass
    print("\n| counter | value |\n| --- | ---: |")
    for (name, kind), vals in sorted(by.items()):
        if not re.search(r"alloc|gc\.collections|gc-count|gc\.heap\.size|working_set|cpu|pause|gen-[012]|gc\.last|time-in-gc|exceptions|thread_pool\.queue", name, re.I):
            continue
        if "rate" in kind.lower() or "increment" in kind.lower() or "sum" in kind.lower():
            tot = sum(vals)
            extra = f"; {tot / max(1, len(vals)):,.0f}/s" if len(vals) else ""
            per = f"; {tot / (req * len(vals)):,.0f} per request" if req and "alloc" in name.lower() else ""
            print(f"| {name} ({kind}) | {tot:,.0f} in {len(vals)} s{extra}{per} |")
        else:
            print(f"| {name} ({kind}) | last {vals[-1]:,.1f}, mean {sum(vals) / len(vals):,.1f} |")


if __name__ == "__main__":
    main()
