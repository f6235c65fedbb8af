#!/usr/bin/env python3
"""Generate realistic contact CSVs for benchmarking and hold-out checks.

usage: gen_contacts.py ROWS OUT [--flavor en|de] [--seed N] [--bad-rate F]
  en: UTF-8, comma, ISO-ish dates, header in English (CRM export style)
  de: Windows-1252, semicolon, CRLF, DD.MM.YYYY dates, German headers (ERP/Excel export style)

Origin: the benchmark generator of the workspace this project was started in, copied unchanged but for
this note, so the benchmarks and the README's figures need project files only. Same seed, same bytes:
the 1,000,000-row reference file is `python3 tests/bench/gen_contacts.py 1000000 /tmp/c1m.csv` (seed 7).
"""
import csv, random, sys, argparse

FIRST = ["Anna","Lukas","Mia","Jonas","Lea","Finn","Emma","Paul","Hannah","Elias","Sofia","Noah","Jürgen","Zoë","Renée","Ólafur","Björn","Çağla","Łukasz","Mário"]
LAST = ["Müller","Schmidt","Schneider","Fischer","Weber","Meyer","Wagner","Becker","Schulz","Hoffmann","O'Brien","van der Berg","Smith, Jr.","Dvořák","Nuñez"]
CITIES = ["Berlin","München","Köln","Hamburg","Frankfurt am Main","Düsseldorf","Wien","Zürich","Rostock"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("rows", type=int); ap.add_argument("out")
    ap.add_argument("--flavor", default="en"); ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bad-rate", type=float, default=0.0)
    a = ap.parse_args(); r = random.Random(a.seed)
    de = a.flavor == "de"
    if de:
        hdr = ["Kundennummer","Anrede","Vorname","Nachname","E-Mail","Mobil","Geburtstag","Letzter Kontakt","Straße","PLZ","Ort","Newsletter","WhatsApp Opt-in","Kundenstatus","Umsatz","Notiz"]
    else:
        hdr = ["Customer ID","Salutation","First Name","Last Name","Email","Mobile Phone","Birthday","Last Contacted","Street","Zip","City","Newsletter","WhatsApp Opt-in","Customer Status","Revenue","Notes"]
    f = open(a.out, "w", newline="", encoding="cp1252" if de else "utf-8", errors="replace")
    w = csv.writer(f, delimiter=";" if de else ",", lineterminator="\r\n" if de else "\n")
    w.writerow(hdr)
    for i in range(a.rows):
        fn, ln = r.choice(FIRST), r.choice(LAST)
        email = f"{fn.lower()}.{ln.lower().replace(' ','').replace(',','').replace(chr(39),'')}{i}@example{r.randint(1,50)}.de"
        phone = f"+49 1{r.randint(50,79)} {r.randint(1000000,9999999)}"
        y, m, d = r.randint(1940, 2005), r.randint(1, 12), r.randint(1, 28)
        hh, mi = r.randint(0, 23), r.randint(0, 59)
        if de:
            bday = f"{d:02d}.{m:02d}.{y}"; last = f"{d:02d}.{m:02d}.2024 {hh:02d}:{mi:02d}"
            rev = f"{r.randint(0,99999):,}".replace(",", ".") + f",{r.randint(0,99):02d}"
            yes, no = "ja", "nein"
        else:
            bday = f"{y}-{m:02d}-{d:02d}"; last = f"2024-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:00"
            rev = f"{r.randint(0,99999)}.{r.randint(0,99):02d}"; yes, no = "yes", "no"
        note = r.choice(["", "VIP", "Rückruf erbeten", "said \"call me later\"", "line1\nline2", "=HYPERLINK(\"http://x\")"])
        if a.bad_rate and r.random() < a.bad_rate:
            email = r.choice(["not-an-email", "", f"dup{i%7}@example.de", "a@b"])
        w.writerow([f"K{100000+i}", r.choice(["Herr","Frau",""]), fn, ln, email, phone, bday, last,
                    f"Hauptstraße {r.randint(1,200)}", f"{r.randint(10000,99999)}", r.choice(CITIES),
                    r.choice([yes, no]), r.choice([yes, no, ""]), r.choice(["Lead","Kunde","Partner"]), rev, note])
    f.close()

if __name__ == "__main__":
    main()
