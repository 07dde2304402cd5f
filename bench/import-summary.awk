# Summarises bench/import-benchmark.sh output: median of the timed passes, ratio to the scan, peak RSS.

/pass=/ && !/warm-up/ && !/^paired/ { split($4, a, "="); key = $1 " " $2; t[key] = t[key] " " a[2] }
/^paired/ && !/cold/ && /ratio=/ { split($6, a, "="); pr[$2] = pr[$2] " " a[2]; split($9, a, "="); pc[$2] = pc[$2] " " a[2] }
/^paired/ && /cold/ { split($6, a, "="); cold[$2] = a[2]; split($9, a, "="); coldc[$2] = a[2] }
/peak_rss_kb=/ { split($3, a, "="); rss[$1 " " $2] = a[2] }
END {
  print "| workbook | reader | median s | vs scan | peak RSS MB |"
  print "|---|---|---|---|---|"
  n = 0
  for (k in t) { keys[++n] = k }
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) {
    split(keys[i], x, " "); split(keys[j], y, " ")
    if (x[2] > y[2] || (x[2] == y[2] && x[1] > y[1])) { tmp = keys[i]; keys[i] = keys[j]; keys[j] = tmp }
  }
  for (i = 1; i <= n; i++) {
    k = keys[i]; m = split(substr(t[k], 2), v, " ")
    for (p = 1; p <= m; p++) for (q = p + 1; q <= m; q++) if (v[p] + 0 > v[q] + 0) { tmp = v[p]; v[p] = v[q]; v[q] = tmp }
    med[k] = v[int((m + 1) / 2)]
  }
  for (i = 1; i <= n; i++) {
    k = keys[i]; split(k, x, " ")
    base = med["scan " x[2]]
    ratio = "-"
    if (base > 0) ratio = sprintf("%.2fx", med[k] / base)
    printf "| %s | %s | %.2f | %s | %d |\n", x[2], x[1], med[k] / 1000, ratio, rss[k] / 1024
  }
}
