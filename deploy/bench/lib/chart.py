#!/usr/bin/env python3
"""The chart of deploy/bench/run: one pair of bars per scenario, the reference measured in the same run and the
measured path, each pair scaled to its larger value (the ratio is what matters; the numbers are printed on the bars).

    chart.py PAIRS.tsv OUT.svg TITLE

PAIRS.tsv, one scenario a line, tab separated: scenario, unit, reference label, reference value, measured label,
measured value. Standard library only (no pip packages).
"""
import sys
from xml.sax.saxutils import escape

BAR_H, GAP, LEFT, WIDTH, TOP = 18, 16, 200, 900, 60
COLORS = ("#8a9bb0", "#2f6db3")


def main(pairs_path, out_path, title):
    rows = []
    with open(pairs_path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 6:
                rows.append((parts[0], parts[1], parts[2], float(parts[3]), parts[4], float(parts[5])))
    height = TOP + len(rows) * (2 * BAR_H + GAP + 18) + 10
    span = WIDTH - LEFT - 150
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
           f'<text x="10" y="22" font-size="15" font-weight="bold">{escape(title)}</text>',
           f'<rect x="10" y="34" width="12" height="12" fill="{COLORS[0]}"/><text x="26" y="44">reference '
           f'(same run)</text>',
           f'<rect x="140" y="34" width="12" height="12" fill="{COLORS[1]}"/><text x="156" y="44">measured</text>']
    y = TOP
    for scenario, unit, ref_label, ref, label, value in rows:
        top = max(ref, value) or 1
        ratio = value / ref if ref else 0
        out.append(f'<text x="10" y="{y + 12}"><tspan font-weight="bold">{escape(scenario)}</tspan>'
                   f'<tspan fill="#555">   ratio {ratio:.2f}</tspan></text>')
        for i, (lab, val) in enumerate(((ref_label, ref), (label, value))):
            w = max(1, span * val / top)
            by = y + 18 + i * BAR_H
            out.append(f'<rect x="{LEFT}" y="{by}" width="{w:.1f}" height="{BAR_H - 3}" fill="{COLORS[i]}"/>')
            out.append(f'<text x="{LEFT - 6}" y="{by + 12}" text-anchor="end">{escape(lab)}</text>')
            out.append(f'<text x="{LEFT + w + 6:.1f}" y="{by + 12}">{val:,.1f} {escape(unit)}</text>')
        y += 2 * BAR_H + GAP + 18
    out.append('</svg>')
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
