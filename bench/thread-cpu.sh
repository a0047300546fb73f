#!/bin/bash
# Per-thread CPU of a command (issue 13's method for the dataset build: which thread is the critical path).
#   bench/thread-cpu.sh OUT CMD...   e.g.  /usr/bin/time -v bench/thread-cpu.sh /tmp/b node dist/cli/main.js dataset build ...
# Runs CMD (its output to OUT.stdout); every 0.5 s appends each thread's CPU (utime + stime, in clock ticks, from
# /proc/PID/task/TID/stat) and the process's RSS to OUT.samples; at the end prints each thread's last CPU in seconds,
# the busiest first (Node's main thread is the one whose id is the process id), and the highest RSS sampled. The
# sampling itself costs CPU: read CPU totals from GNU time of a run without it.
"${@:2}" > "$1.stdout" 2>&1 &
pid=$!
: > "$1.samples"
while kill -0 "$pid" 2>/dev/null; do
  for task in /proc/"$pid"/task/*; do
    [ -r "$task/stat" ] && echo "$(basename "$task") $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null)" >> "$1.samples"
  done
  echo "rss $(awk '/VmRSS/{print int($2 / 1024)}' /proc/"$pid"/status 2>/dev/null)" >> "$1.samples"
  sleep 0.5
done
wait "$pid"
ticks=$(getconf CLK_TCK)
awk -v pid="$pid" -v ticks="$ticks" '$1 == "rss" { if ($2 > peak) peak = $2; next } { cpu[$1] = $2 }
  END { for (t in cpu) printf "%6.1f s  thread %s%s\n", cpu[t] / ticks, t, (t == pid ? " (main)" : "") }' "$1.samples" | sort -n -r | head -8
awk '$1 == "rss" && $2 > peak { peak = $2 } END { print "highest RSS sampled: " peak " MB" }' "$1.samples"
