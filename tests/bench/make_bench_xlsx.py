#!/usr/bin/env python3
# usage: make_bench_xlsx.py IN.csv OUT.xlsx [MAX_ROWS]
# Writes IN.csv (e.g. from tests/bench/gen_contacts.py) as one sheet with shared strings, as Excel
# does; zip and revenue as numbers. For tests/bench/bench_xlsx.cpp.
import csv, sys, zipfile
from xml.sax.saxutils import escape
src, out = sys.argv[1], sys.argv[2]
maxrows = int(sys.argv[3]) if len(sys.argv) > 3 else 10**9
rows = []
with open(src, newline='', encoding='utf-8') as f:
    for i, r in enumerate(csv.reader(f)):
        if i > maxrows: break
        rows.append(r)
def col(i):
    s = ''
    i += 1
    while i:
        i, m = divmod(i - 1, 26); s = chr(65 + m) + s
    return s
sst = {}; order = []
def sidx(s):
    if s not in sst:
        sst[s] = len(order); order.append(s)
    return sst[s]
parts = []
for rn, r in enumerate(rows, 1):
    cells = []
    for ci, v in enumerate(r):
        ref = f"{col(ci)}{rn}"
        if v == '': continue
        if rn > 1 and ci in (9, 14):   # zip, revenue as numbers
            cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        else:
            cells.append(f'<c r="{ref}" t="s"><v>{sidx(v)}</v></c>')
    parts.append(f'<row r="{rn}" spans="1:16">' + ''.join(cells) + '</row>')
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(parts) + '</sheetData></worksheet>')
ss = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(order), len(order))
      + ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in order) + '</sst>')
CT = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'
RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
WB = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Contacts" sheetId="1" r:id="rId1"/></sheets></workbook>'
WBR = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', CT); z.writestr('_rels/.rels', RELS)
    z.writestr('xl/workbook.xml', WB); z.writestr('xl/_rels/workbook.xml.rels', WBR)
    z.writestr('xl/sharedStrings.xml', ss); z.writestr('xl/worksheets/sheet1.xml', sheet)
print(len(rows) - 1, 'rows', len(sheet), 'sheet bytes', len(ss), 'sst bytes')
