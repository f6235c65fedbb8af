#include "core/source/MemoryRecordSource.h"
#include "gui/models/ColumnMappingModel.h"
#include "gui/models/IssueFilterProxyModel.h"
#include "gui/models/IssueTableModel.h"
#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// Pages driven on their own with a session holding an in-memory source.
class TestPages : public QObject
{
    Q_OBJECT

    static std::shared_ptr<const RecordSource> sample()
    {
        return std::make_shared<MemoryRecordSource>(
            QStringLiteral("kunden.csv"),
            QStringList{QStringLiteral("Kundennummer"), QStringLiteral("E-Mail"), QStringLiteral("Mobil")},
            QList<QStringList>{{QStringLiteral("1"), QString(), QStringLiteral("12345")},
                               {QStringLiteral("2"), QStringLiteral("b@example.de"), QStringLiteral("0171 2345678")}},
            2);
    }

private slots:
    void mappingShowsSamplesAndNeedsAnIdentifier()
    {
        WizardSession session;
        MappingPage page(&session);
        session.setSource(QStringLiteral("kunden.csv"), ReadOptions(), sample());
        page.initializePage();
        ColumnMappingModel *model = page.mappingModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        // Empty cells are skipped when picking samples.
        QCOMPARE(model->index(1, ColumnMappingModel::SamplesColumn).data().toString(), QStringLiteral("b@example.de"));
        // The header matcher's suggestions are applied: Kundennummer and E-Mail identify the contact.
        QCOMPARE(model->targets().value(0), QStringLiteral("external_id"));
        QCOMPARE(model->targets().value(1), QStringLiteral("email"));
        QVERIFY(page.isComplete());
        for (int row = 0; row < model->rowCount(); ++row)
            model->setTarget(row, QString());
        QVERIFY(!page.isComplete());   // no identifier, no Next
        QSignalSpy complete(&page, &QWizardPage::completeChanged);
        model->setTarget(0, QStringLiteral("external_id"));
        QVERIFY(complete.count() >= 1);
        QVERIFY(page.isComplete());
        model->setTarget(2, QStringLiteral("external_id"));   // conflict blocks Next
        QVERIFY(!page.isComplete());
        model->setTarget(2, QStringLiteral("whatsapp"));
        QVERIFY(page.validatePage());
        QCOMPARE(session.targets(),
                 (QStringList{QStringLiteral("external_id"), QString(), QStringLiteral("whatsapp")}));
    }

    void reviewFiltersByKindAndCorrectionsGoToTheOverlay()
    {
        WizardSession session;
        session.setSource(QStringLiteral("kunden.csv"), ReadOptions(), sample());
        ReviewPage page(&session);
        ValidationIssue phone;
        phone.line = 2;
        phone.column = 2;
        phone.columnHeader = QStringLiteral("Mobil");
        phone.kind = QStringLiteral("invalid_phone");
        phone.value = QStringLiteral("12345");
        ValidationIssue naive = phone;
        naive.kind = QStringLiteral("naive_datetime");
        naive.severity = ValidationIssue::Severity::Warning;
        ValidationReport report;
        report.rows = 2;
        report.validRows = 1;
        report.issues = {phone, naive};
        report.issuesByKind = {{QStringLiteral("invalid_phone"), 1}, {QStringLiteral("naive_datetime"), 1}};
        page.showReport(report);
        QVERIFY(page.isComplete());

        auto *kinds = page.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        QCOMPARE(kinds->count(), 3);   // all + two kinds
        kinds->setCurrentIndex(kinds->findData(QStringLiteral("invalid_phone")));
        QCOMPARE(page.issueFilter()->rowCount(), 1);

        // Fix mode: editing the value corrects the overlay, never the file, and asks for a re-check.
        page.findChild<QRadioButton *>(QStringLiteral("fixRadio"))->setChecked(true);
        const QModelIndex value = page.issueFilter()->index(0, IssueTableModel::ValueColumn);
        QVERIFY(page.issueFilter()->flags(value) & Qt::ItemIsEditable);
        QVERIFY(page.issueFilter()->setData(value, QStringLiteral("0171 9999999")));
        QVERIFY(!page.isComplete());
        QCOMPARE(session.effectiveSource()->record(0).cells.value(2), QStringLiteral("0171 9999999"));
        QCOMPARE(session.source()->record(0).cells.value(2), QStringLiteral("12345"));
    }

    void timeZonePickerFindsZonesByTyping()
    {
        TimeZonePicker picker;
        QSignalSpy changed(&picker, &TimeZonePicker::zoneChanged);
        QTest::keyClicks(picker.searchEdit(), QStringLiteral("Kathmandu"));
        QTRY_COMPARE(picker.zone(), QStringLiteral("Asia/Kathmandu"));
        QCOMPARE(changed.count(), 1);
        picker.setZone(QStringLiteral("Europe/Berlin"));
        QCOMPARE(picker.zone(), QStringLiteral("Europe/Berlin"));
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
