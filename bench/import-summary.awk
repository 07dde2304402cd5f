# Summarises bench/import-benchmark.sh output: per reader the cold pass, the median of the timed
# (warm) passes in wall and CPU time with their ratio to the scan, and the peak RSS; then the
# scan/import pairs run alternately in one JVM.

function median(list,    v, m, p, q, tmp) {
  m = split(substr(list, 2), v, " ")
  for (p = 1; p <= m; p++) for (q = p + 1; q <= m; q++) if (v[p] + 0 > v[q] + 0) { tmp = v[p]; v[p] = v[q]; v[q] = tmp }
  return m == 0 ? 0 : v[int((m + 1) / 2)]
}

function field(line, name,    n, parts, i, kv) {
  n = split(line, parts, " ")
  for (i = 1; i <= n; i++) {
    split(parts[i], kv, "=")
    if (kv[1] == name) return kv[2]
  }
  return ""
}

/^(scan|scan-poi|import|poi-event) .* pass=/ {
  key = $1 " " $2
  if ($0 ~ /warm-up/) { cold[key] = field($0, "ms"); coldcpu[key] = field($0, "cpu_ms") }
  else { wall[key] = wall[key] " " field($0, "ms"); cpu[key] = cpu[key] " " field($0, "cpu_ms") }
}
/^paired .* pass=/ {
  if ($0 ~ /cold/) { pcold[$2] = field($0, "ratio"); pcoldcpu[$2] = field($0, "cpu_ratio") }
  else { pwall[$2] = pwall[$2] " " field($0, "ratio"); pcpu[$2] = pcpu[$2] " " field($0, "cpu_ratio") }
}
/peak_rss_kb=/ { rss[$1 " " $2] = field($0, "peak_rss_kb") }

END {
  n = 0
  for (k in wall) keys[++n] = k
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) {
    split(keys[i], x, " "); split(keys[j], y, " ")
    if (x[2] > y[2] || (x[2] == y[2] && x[1] > y[1])) { tmp = keys[i]; keys[i] = keys[j]; keys[j] = tmp }
  }
  for (i = 1; i <= n; i++) { k = keys[i]; mw[k] = median(wall[k]); mc[k] = median(cpu[k]) }
  print "| workbook | reader | cold pass: wall s (CPU s) | warm median wall s | vs scan | warm median CPU s | vs scan | peak RSS MB |"
  print "|---|---|---|---|---|---|---|---|"
  for (i = 1; i <= n; i++) {
    k = keys[i]; split(k, x, " ")
    b = mw["scan " x[2]]; bc = mc["scan " x[2]]
    r = b > 0 ? sprintf("%.2fx", mw[k] / b) : "-"
    rc = bc > 0 ? sprintf("%.2fx", mc[k] / bc) : "-"
    printf "| %s | %s | %.2f (%.2f) | %.2f | %s | %.2f | %s | %d |\n", x[2], x[1], cold[k] / 1000, coldcpu[k] / 1000, mw[k] / 1000, r, mc[k] / 1000, rc, rss[k] / 1024
  }
  print ""
  print "| workbook | import / scan paired in one JVM: cold wall | cold CPU | warm median wall | warm median CPU |"
  print "|---|---|---|---|---|"
  for (f in pwall) printf "| %s | %.2fx | %.2fx | %.2fx | %.2fx |\n", f, pcold[f], pcoldcpu[f], median(pwall[f]), median(pcpu[f])
}
