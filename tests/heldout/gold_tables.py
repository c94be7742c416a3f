"""Table rows for the round files (gold_r11_* on): one place for the helper every round used to copy.

Imported by the round files, which build_gold.py runs with this folder first on the path.
"""
from __future__ import annotations


def val(cell: str) -> float:
    """A cell as written ('−1,2', '+4,1 %', '2 914') -> its number."""
    return float(cell.replace(" ", "").replace(",", ".").replace("−", "-").replace("+", "").replace("%", ""))


def row(G, label, cells, cols, subj, sep=" ", note="", before=()):
    """One table row. cols: one (unit, scale, per, period, lenient, signed) per cell; subj: one (phrase, head) or a
    list with one per cell; before: cells between the label and the first annotated one; note: on the first cell.
    Located by the row label and the cells before it (white space in ctx matches any run)."""
    out = []
    for i, (c, (unit, scale, per, t, lenient, signed)) in enumerate(zip(cells, cols)):
        v = val(c)
        direction = None
        if signed:
            direction = "increase" if v > 0 else "decrease" if v < 0 else None
        pre = sep.join([*before, *cells[:i]])
        ctx = f"{label}{sep}{pre}{sep if pre else ''}[{c}]"
        out.append(G(c, round(v * scale, 6), unit, kind="ordinal" if unit == "ordinal" else None, per=per, t=t,
                     lenient=lenient, direction=direction, s=subj[i] if isinstance(subj, list) else subj, sp=None,
                     ctx=ctx, note=note if i == 0 else ""))
    return out
