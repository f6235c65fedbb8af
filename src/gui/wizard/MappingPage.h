#pragma once

#include "core/mapping/MappingProfile.h"

#include <QJsonArray>
#include <QWizardPage>

#include <memory>

namespace Ui {
class MappingPage;
}
class ColumnMappingModel;
class WizardSession;

// Page 3: what each source column becomes in Hellomateo. Next needs at least one identifier
// (external_id, email or a phone handle) and no two columns on one single-valued target.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(WizardSession *session, QWidget *parent = nullptr);
    ~MappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // The mapping as shown now (edits not yet taken over by Next included).
    MappingProfile currentProfile() const { return buildProfile(); }

    ColumnMappingModel *mappingModel() const { return m_model; }

private:
    void rebuildRows();
    void suggest(bool applyTargets);
    void updateHint();
    void fetchCatalog();
    void loadProfile();
    void saveProfile();
    void editConsentValues();
    MappingProfile buildProfile() const;

    std::unique_ptr<Ui::MappingPage> m_ui;
    WizardSession *m_session;
    ColumnMappingModel *m_model;
    bool m_sourceChanged = true;
    bool m_catalogStale = true;
    bool m_userEdited = false;
    QList<QStringList> m_samples;   // per column, for the header matcher
    int m_catalogReplies = 0;
    QJsonArray m_customFields;
    QJsonArray m_channels;
};
