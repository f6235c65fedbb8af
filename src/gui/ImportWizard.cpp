#include "ImportWizard.h"

#include "ConnectPage.h"

#include <QIcon>

ImportWizard::ImportWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Import contacts into Hellomateo"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mateo-import.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ConnectPageId, new ConnectPage(this));
    resize(960, 680);
}
