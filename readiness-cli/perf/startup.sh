#!/usr/bin/env bash
# Whole-process start-up of `readiness check` on a 200-line env file (docs/perf/cli.md).
# Usage: readiness-cli/perf/startup.sh [runs]   (build first: ./mvnw -B -pl readiness-cli -am package -DskipTests)
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop; prints median and quartiles.
set -euo pipefail
runs=${1:-40}
here=$(cd "$(dirname "$0")" && pwd)
jar=$(ls "$here"/../target/readiness-cli-*.jar | grep -v -e sources -e javadoc -e original | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$jar" "$work/cli.jar"
cd "$work"

# 200 lines a production env file might hold: URLs, timeouts, pool sizes, flags, regions, API keys.
python3 - <<'PY'
import random
random.seed(7)
alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
services = ["ORDERS", "PAYMENTS", "BILLING", "CATALOG", "SEARCH", "NOTIFY", "AUDIT", "REPORTS", "INVENTORY", "SHIPPING"]
kinds = [("URL", "https://{s}.prod.acme-corp.net/api"), ("TIMEOUT_MS", "{n}"), ("POOL_SIZE", "{p}"),
         ("ENABLED", "true"), ("REGION", "eu-west-1"), ("LOG_LEVEL", "info"), ("API_KEY", "{k}"), ("RETRIES", "3")]
lines = ["# 200-line production env file for the readiness-cli start-up measurement"]
i = 0
while len(lines) < 200:
    service = services[i % len(services)]
    kind, value = kinds[(i // len(services)) % len(kinds)]
    value = value.format(s=service.lower(), n=random.randint(100, 9000), p=random.randint(2, 64),
                         k="".join(random.choice(alphabet) for _ in range(40)))
    lines.append(f"{service}_{kind}_{i}={value}")
    i += 1
open("prod.env", "w").write("\n".join(lines) + "\n")
PY
printf 'public class Hello { public static void main(String[] a) { System.out.println("hi"); } }\n' > Hello.java
javac -d . Hello.java
java -XX:ArchiveClassesAtExit=cli.jsa -jar cli.jar check --env-file prod.env >/dev/null 2>&1 || true

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs "$runs" --export-json perf.json \
    -n "JVM alone (Hello)" "java -cp . Hello" \
    -n "check, text" "java -jar cli.jar check --env-file prod.env" \
    -n "check, json" "java -jar cli.jar check --env-file prod.env --format json" \
    -n "check, text, -XX:TieredStopAtLevel=1" "java -XX:TieredStopAtLevel=1 -jar cli.jar check --env-file prod.env" \
    -n "check, text, AppCDS archive" "java -XX:SharedArchiveFile=cli.jsa -jar cli.jar check --env-file prod.env" \
    >/dev/null
  python3 - <<'PY'
import json
for r in json.load(open("perf.json"))["results"]:
    t = sorted(r["times"]); n = len(t)
    user = r["user"] * 1000
    print(f'{r["command"]:40s} median {r["median"]*1000:6.1f} ms  IQR {t[n//4]*1000:6.1f}-{t[3*n//4]*1000:6.1f}'
          f'  min {r["min"]*1000:6.1f}  max {r["max"]*1000:6.1f}  mean user CPU {user:6.1f} ms  ({n} runs)')
PY
else
  for i in $(seq "$runs"); do
    s=$(date +%s%N); java -jar cli.jar check --env-file prod.env >/dev/null; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 ))
  done | sort -n | awk '{a[NR]=$1} END {print "check, text: median " a[int((NR+1)/2)] " ms, IQR " a[int(NR/4)+1] "-" a[int(3*NR/4)] ", min " a[1] ", max " a[NR] " (" NR " runs)"}'
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
