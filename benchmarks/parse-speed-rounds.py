#!/usr/bin/env python3
# Feed-parsing CPU in rounds: like ../shared/bench/parse-speed.sh (same 2,647 files, whole processes, user+sys CPU),
# but each round runs npm rss-parser and every given NewsBot build once, interleaved, so that a busy machine slows all
# of them alike; prints the minimum and the median of each and the ratios rss-parser/newsbot.
# usage: benchmarks/parse-speed-rounds.py ROUNDS PATH/TO/NewsBot.dll [MORE/NewsBot.dll ...]
# (run ../shared/bench/parse-speed.sh once first: it installs rss-parser into /tmp/newsbot-rssparser)
import os, statistics, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.normpath(os.path.join(here, '..', '..', 'shared', 'bench'))
corpus = os.path.normpath(os.path.join(bench, '..', 'corpora', 'feeds'))
files = sorted(subprocess.run(['find', f'{corpus}/gofeed', f'{corpus}/feedparser', '-name', '*.xml'],
                              capture_output=True, text=True, check=True).stdout.split())
listing = '/tmp/parse-speed-rounds.list'
with open(listing, 'w') as f:
    f.write('\n'.join(files) + '\n')
env = dict(os.environ, NODE_PATH='/tmp/newsbot-rssparser/node_modules')
commands = {'rss-parser': ['node', f'{bench}/parse-peer.js', listing]}
for dll in sys.argv[2:]:
    commands[dll] = ['dotnet', dll, 'feed', 'parse'] + files
cpu = {name: [] for name in commands}
load_before = open('/proc/loadavg').read().split()[:3]
for _ in range(int(sys.argv[1])):
    for name, command in commands.items():
        with open(os.devnull, 'w') as null:
            process = subprocess.Popen(command, stdout=null, stderr=null, env=env)
            _, _, usage = os.wait4(process.pid, 0)
        cpu[name].append(usage.ru_utime + usage.ru_stime)
print(f"files {len(files)}; load average before {' '.join(load_before)}, after {' '.join(open('/proc/loadavg').read().split()[:3])}")
peer_min, peer_median = min(cpu['rss-parser']), statistics.median(cpu['rss-parser'])
for name, times in cpu.items():
    low, median = min(times), statistics.median(times)
    ratio = '' if name == 'rss-parser' else f'; ratio rss-parser/newsbot {peer_min / low:.2f} (min) {peer_median / median:.2f} (median)'
    print(f'{name}: CPU s min {low:.3f}, median {median:.3f}{ratio}')
