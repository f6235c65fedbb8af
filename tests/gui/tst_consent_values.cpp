#include "core/mapping/FieldCatalog.h"
#include "core/source/MemoryRecordSource.h"
#include "gui/models/ColumnMappingModel.h"
#include "gui/models/ColumnValueCounter.h"
#include "gui/models/ConsentValueModel.h"
#include "gui/widgets/ConsentValueDialog.h"
#include "gui/wizard/MappingPage.h"
#include "gui/wizard/ReviewPage.h"
#include "gui/wizard/WizardSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// The consent value table dialog on the Mapping page: it lists the values found in a channel
// column with their counts, highlights the unrecognised ones, and what the user maps there is
// saved into the profile and changes what the Review page's check finds.
class TestConsentValues : public QObject
{
    Q_OBJECT

    static std::shared_ptr<const RecordSource> sample()
    {
        const QStringList headers{QStringLiteral("Kundennummer"), QStringLiteral("E-Mail"),
                                  QStringLiteral("Newsletter")};
        QList<QStringList> rows;
        const QStringList values{QStringLiteral("ja"),
                                 QStringLiteral("nein"),
                                 QStringLiteral("vielleicht"),
                                 QStringLiteral("Vielleicht "),
                                 QString(),
                                 QStringLiteral("JA")};
        for (int i = 0; i < values.size(); ++i)
            rows << QStringList{QString::number(1000 + i), QStringLiteral("k%1@example.de").arg(i), values.at(i)};
        return std::make_shared<MemoryRecordSource>(QStringLiteral("kunden.csv"), headers, rows, 2);
    }

    static FieldCatalog catalog()
    {
        QJsonObject channel{{QStringLiteral("id"), QStringLiteral("c1")},
                            {QStringLiteral("name"), QStringLiteral("Newsletter")},
                            {QStringLiteral("key"), QStringLiteral("newsletter")},
                            {QStringLiteral("channel_type"), QStringLiteral("email")}};
        return FieldCatalog::fromApi(QJsonArray(), QJsonArray{channel});
    }

    static ValidationReport validate(WizardSession &session)
    {
        ReviewPage review(&session);
        QSignalSpy finished(&review, &ReviewPage::validationFinished);
        review.initializePage();
        if (!finished.wait(20000))
            return ValidationReport();
        return review.report();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);   // the Review page's plan reads the journal
    }

    void countsDistinctValuesIgnoringCaseAndSpace()
    {
        const auto source = sample();
        const ColumnValueCounter::Result result = ColumnValueCounter::count(*source, 2, 100, nullptr);
        QCOMPARE(result.rows, 6);
        QCOMPARE(result.values.size(), 4);   // ja, vielleicht, nein, empty
        QCOMPARE(result.values.at(0).second, 2);
        QVERIFY(!result.truncated);
        const ColumnValueCounter::Result capped = ColumnValueCounter::count(*source, 2, 2, nullptr);
        QVERIFY(capped.truncated);
    }

    void mappingAnUnknownValueChangesTheCheck()
    {
        WizardSession session;
        session.setSource(QStringLiteral("kunden.csv"), ReadOptions(), sample());
        session.setCatalog(catalog());
        MappingPage page(&session);
        page.initializePage();
        ColumnMappingModel *mapping = page.mappingModel();
        auto *consentButton = page.findChild<QPushButton *>(QStringLiteral("consentButton"));
        QVERIFY(consentButton);
        mapping->setTarget(0, QStringLiteral("external_id"));
        mapping->setTarget(1, QStringLiteral("email"));
        mapping->setTarget(2, QString());
        QVERIFY(!consentButton->isEnabled());   // no channel column, nothing to edit
        mapping->setTarget(2, QStringLiteral("channel:newsletter"));
        QVERIFY(consentButton->isEnabled());
        QVERIFY(page.validatePage());

        // Before: "vielleicht" (2 rows) is unknown, so those rows cannot be imported.
        const ValidationReport before = validate(session);
        QCOMPARE(before.rows, 6);
        QCOMPARE(before.count(QStringLiteral("invalid_consent")), 2);
        QCOMPARE(before.validRows, 4);

        // The dialog lists what the column holds and highlights the unknown value.
        QTest::mouseClick(consentButton, Qt::LeftButton);
        auto *dialog = page.findChild<ConsentValueDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        ConsentValueModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCounting() && model->unmappedCount() == 1, 10000);
        QCOMPARE(dialog->currentHeader(), QStringLiteral("Newsletter"));
        const int maybe = model->rowOf(QStringLiteral("vielleicht"));
        QVERIFY(maybe >= 0);
        QCOMPARE(model->index(maybe, ConsentValueModel::RowsColumn).data().toString(), QStringLiteral("2"));
        QVERIFY(model->index(maybe, 0).data(ConsentValueModel::UnmappedRole).toBool());
        QVERIFY(model->index(maybe, 0).data(Qt::BackgroundRole).isValid());
        const int ja = model->rowOf(QStringLiteral("ja"));
        QCOMPARE(model->index(ja, ConsentValueModel::RowsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model->index(ja, ConsentValueModel::MeaningColumn).data(ConsentValueModel::StateRole).toString(),
                 QStringLiteral("accepted"));
        QVERIFY(!model->index(ja, 0).data(ConsentValueModel::UnmappedRole).toBool());
        QCOMPARE(model->emptyRows(), 1);
        // Defaults not in the file are listed too (after the file's values).
        const int optOut = model->rowOf(QStringLiteral("opt-out"));
        QVERIFY(optOut > maybe);
        QCOMPARE(model->index(optOut, ConsentValueModel::RowsColumn).data().toString(),
                 QStringLiteral("not in the file"));
        QCOMPARE(model->index(optOut, ConsentValueModel::MeaningColumn).data(ConsentValueModel::StateRole).toString(),
                 QStringLiteral("declined"));

        // The user edits the meaning in the table as a user would: the editor's combo box.
        auto *view = dialog->findChild<QTableView *>();
        QVERIFY(view);
        const QModelIndex meaning = model->index(maybe, ConsentValueModel::MeaningColumn);
        QCOMPARE(view->currentIndex(), meaning);   // it opens on the value that needs a decision
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->findChild<QComboBox *>();
        QVERIFY(editor);
        editor->setCurrentIndex(editor->findData(QStringLiteral("requested")));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(meaning.data(ConsentValueModel::StateRole).toString(), QStringLiteral("requested"));
        QCOMPARE(model->unmappedCount(), 0);
        QVERIFY(!model->index(maybe, 0).data(ConsentValueModel::UnmappedRole).toBool());

        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!dialog->isVisible());

        // Saved into the profile as the column's value table (only the difference to the defaults).
        QVERIFY(page.validatePage());
        const ColumnMapping *column = session.profile().columnForHeader(QStringLiteral("Newsletter"));
        QVERIFY(column);
        const QJsonObject values = column->extra.value(QLatin1String("values")).toObject();
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.value(QLatin1String("vielleicht")).toString(), QStringLiteral("requested"));
        const QJsonArray saved = session.profile().toJson().value(QLatin1String("columns")).toArray();
        QCOMPARE(saved.at(2).toObject().value(QLatin1String("values")).toObject(), values);

        // After: the Review page's check accepts the rows.
        const ValidationReport after = validate(session);
        QCOMPARE(after.count(QStringLiteral("invalid_consent")), 0);
        QCOMPARE(after.validRows, 6);
    }

    void cancelKeepsTheProfile()
    {
        WizardSession session;
        session.setSource(QStringLiteral("kunden.csv"), ReadOptions(), sample());
        session.setCatalog(catalog());
        MappingPage page(&session);
        page.initializePage();
        page.mappingModel()->setTarget(2, QStringLiteral("channel:newsletter"));
        QVERIFY(page.validatePage());
        const QJsonObject before = session.profile().toJson();
        page.findChild<QPushButton *>(QStringLiteral("consentButton"))->click();
        auto *dialog = page.findChild<ConsentValueDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCounting() && dialog->model()->unmappedCount() == 1, 10000);
        const int maybe = dialog->model()->rowOf(QStringLiteral("vielleicht"));
        QVERIFY(dialog->model()->setData(dialog->model()->index(maybe, ConsentValueModel::MeaningColumn),
                                         QStringLiteral("declined")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(session.profile().toJson(), before);
    }

    void aChangedDefaultIsSavedAndReadBack()
    {
        // "x" means accepted by default; a column where it means declined saves that, and opening
        // the dialog again shows it.
        MappingProfile profile;
        ColumnMapping column;
        column.header = QStringLiteral("Newsletter");
        column.target = QStringLiteral("channel:newsletter");
        column.extra.insert(QStringLiteral("values"), QJsonObject{{QStringLiteral("x"), QStringLiteral("declined")}});
        profile.setColumns({column});
        ConsentValueDialog dialog(profile, sample(), QStringLiteral("Newsletter"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCounting(), 10000);
        ConsentValueModel *model = dialog.model();
        QCOMPARE(model->index(model->rowOf(QStringLiteral("x")), ConsentValueModel::MeaningColumn)
                     .data(ConsentValueModel::StateRole)
                     .toString(),
                 QStringLiteral("declined"));
        QCOMPARE(model->columnValues(), (QJsonObject{{QStringLiteral("x"), QStringLiteral("declined")}}));
        dialog.accept();
        QCOMPARE(dialog.profile().columns().first().extra.value(QLatin1String("values")).toObject(),
                 (QJsonObject{{QStringLiteral("x"), QStringLiteral("declined")}}));
    }
};

QTEST_MAIN(TestConsentValues)
#include "tst_consent_values.moc"
