# Runs wapiti 3.0.4 with two fixes for Python 3.11, without touching the installed package:
#  - its -x wildcard regex puts the inline flags last ('...\Z(?ms)'), which Python 3.11 refuses (every -x crashed);
#  - a Netscape cookie jar (curl -c) is turned into wapiti's JSON cookie file for -c.
# Usage: python3 wapiti.py --jar CURL_JAR --cookie-json OUT.json [wapiti arguments...]
import json, re, sys

args = sys.argv[1:]
jar, out = args[args.index("--jar") + 1], args[args.index("--cookie-json") + 1]
for flag in ("--jar", "--cookie-json"):
    i = args.index(flag); del args[i:i + 2]
cookies = {}
for line in open(jar):
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif line.startswith("#") or not line.strip():
        continue
    domain, _, path, secure, expires, name, value = line.rstrip("\n").split("\t")
    cookies.setdefault(domain.lstrip("."), {}).setdefault(path, {})[name] = {
        "value": value, "version": 0, "secure": secure == "TRUE", "expires": int(expires) or None, "port": None}
json.dump(cookies, open(out, "w"))

import wapitiCore.net.crawler as crawler

def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")

crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main
sys.argv = ["wapiti", "-c", out] + args
sys.exit(wapiti_main())
