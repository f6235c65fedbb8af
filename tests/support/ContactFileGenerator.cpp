#include "support/ContactFileGenerator.h"

#include <QFile>

#include <random>

namespace {
const char *const First[] = {"Anna",  "Lukas",  "Mia",   "Jonas", "Lea",    "Finn",   "Emma",
                             "Paul",  "Hannah", "Elias", "Sofia", "Noah",   "Jürgen", "Zoë",
                             "Renée", "Ólafur", "Björn", "Çağla", "Łukasz", "Mário"};
const char *const Last[] = {"Müller",  "Schmidt",      "Schneider",  "Fischer", "Weber",
                            "Meyer",   "Wagner",       "Becker",     "Schulz",  "Hoffmann",
                            "O'Brien", "van der Berg", "Smith, Jr.", "Dvořák",  "Nuñez"};
const char *const Cities[] = {"Berlin",     "München", "Köln",   "Hamburg", "Frankfurt am Main",
                              "Düsseldorf", "Wien",    "Zürich", "Rostock"};
const char *const Notes[] = {
    "", "VIP", "Rückruf erbeten", "said \"call me later\"", "line1\nline2", "=HYPERLINK(\"http://x\")"};
const char *const Salutations[] = {"Herr", "Frau", ""};
const char *const Status[] = {"Lead", "Kunde", "Partner"};
const char *const YesNoEmpty[] = {"yes", "no", ""};

// Python's csv module quotes a field only when it holds the delimiter, a quote or a line break.
void field(QByteArray &out, const QByteArray &value)
{
    if (value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r')) {
        out += '"';
        out += QByteArray(value).replace("\"", "\"\"");
        out += '"';
    } else {
        out += value;
    }
}
}

bool ContactFileGenerator::write(const QString &path, qint64 rows, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *errorMessage = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    std::mt19937 random(7);
    auto pick = [&random](int n) { return int(random() % unsigned(n)); };
    auto between = [&random](int lo, int hi) { return lo + int(random() % unsigned(hi - lo + 1)); };
    QByteArray out = "Customer ID,Salutation,First Name,Last Name,Email,Mobile Phone,Birthday,Last Contacted,"
                     "Street,Zip,City,Newsletter,WhatsApp Opt-in,Customer Status,Revenue,Notes\n";
    out.reserve(1 << 22);
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray first = First[pick(20)];
        const QByteArray last = Last[pick(15)];
        QByteArray user = last.toLower();
        user.replace(" ", "").replace(",", "").replace("'", "");
        const QByteArray email = first.toLower() + '.' + user + QByteArray::number(i) + "@example" +
                                 QByteArray::number(between(1, 50)) + ".de";
        const QByteArray phone = "+49 1" + QByteArray::number(between(50, 79)) + ' ' +
                                 QByteArray::number(between(1000000, 9999999));
        const int y = between(1940, 2005), m = between(1, 12), d = between(1, 28), hh = between(0, 23),
                  mi = between(0, 59);
        const QByteArray birthday = QByteArray::number(y) + '-' + QByteArray::number(m).rightJustified(2, '0') + '-' +
                                    QByteArray::number(d).rightJustified(2, '0');
        const QByteArray lastContact = "2024-" + QByteArray::number(m).rightJustified(2, '0') + '-' +
                                       QByteArray::number(d).rightJustified(2, '0') + 'T' +
                                       QByteArray::number(hh).rightJustified(2, '0') + ':' +
                                       QByteArray::number(mi).rightJustified(2, '0') + ":00";
        const QByteArray revenue = QByteArray::number(between(0, 99999)) + '.' +
                                   QByteArray::number(between(0, 99)).rightJustified(2, '0');
        const QByteArray cells[] = {"K" + QByteArray::number(100000 + i),
                                    Salutations[pick(3)],
                                    first,
                                    last,
                                    email,
                                    phone,
                                    birthday,
                                    lastContact,
                                    "Hauptstraße " + QByteArray::number(between(1, 200)),
                                    QByteArray::number(between(10000, 99999)),
                                    Cities[pick(9)],
                                    YesNoEmpty[pick(2)],
                                    YesNoEmpty[pick(3)],
                                    Status[pick(3)],
                                    revenue,
                                    Notes[pick(6)]};
        for (int c = 0; c < 16; ++c) {
            if (c > 0)
                out += ',';
            field(out, cells[c]);
        }
        out += '\n';
        if (out.size() > (1 << 22) - 512) {
            if (file.write(out) != out.size()) {
                *errorMessage = QStringLiteral("%1: %2").arg(path, file.errorString());
                return false;
            }
            out.clear();
        }
    }
    if (file.write(out) != out.size() || !file.flush()) {
        *errorMessage = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
