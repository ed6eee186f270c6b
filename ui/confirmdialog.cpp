#include "confirmdialog.h"

#include "common/units.h"
#include "filemodel.h"
#include "statuscolours.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vh {

namespace {

enum Column { PathColumn, RemoteSizeColumn, LocalSizeColumn, HashColumn, FormatColumn, ColumnCount };

QTableWidgetItem *item(const QString &text, const QString &toolTip = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!toolTip.isEmpty())
        cell->setToolTip(toolTip);
    return cell;
}

} // namespace

ConfirmDialog::ConfirmDialog(const ConfirmationRequest &request, QWidget *parent)
    : QDialog(parent), m_instanceId(request.instanceId)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(tr("Confirm the harvest of instance %1").arg(request.instanceId));

    const QString label = request.label.isEmpty() ? tr("(no label)") : request.label;
    auto *intro = new QLabel(
        tr("<p>These files were copied from instance <b>%1</b> (%2) and verified. Confirm only if "
           "they are everything you need: once the instance is destroyed, its disk is gone.</p>")
            .arg(request.instanceId)
            .arg(label.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_files = new QTableWidget(int(request.files.size()), ColumnCount, this);
    m_files->setObjectName(QStringLiteral("confirmFiles"));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Remote size"), tr("Local size"), tr("SHA-256 match"),
                                        tr("Format")});
    m_files->verticalHeader()->hide();
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setWordWrap(false);
    for (int row = 0; row < request.files.size(); ++row) {
        const FileRecord &file = request.files.at(row);
        m_files->setItem(row, PathColumn, item(file.remotePath, file.localPath));
        m_files->setItem(row, RemoteSizeColumn,
                         item(formatBytes(file.remoteSize), tr("%1 bytes").arg(QLocale().toString(file.remoteSize))));
        m_files->setItem(row, LocalSizeColumn,
                         item(file.localSize >= 0 ? formatBytes(file.localSize) : tr("missing"),
                              tr("%1 bytes").arg(QLocale().toString(file.localSize))));
        const bool hashMatch = !file.localSha256.isEmpty() && file.localSha256 == file.remoteSha256;
        auto *hash = item(hashMatch ? tr("✓ match") : tr("✗ differs"),
                          tr("remote %1\nlocal  %2").arg(file.remoteSha256, file.localSha256));
        hash->setForeground(colourForVerdict(hashMatch ? FileVerdict::Verified : FileVerdict::Failed));
        m_files->setItem(row, HashColumn, hash);
        m_files->setItem(row, FormatColumn, item(formatVerdictText(file), file.formatDetail));
    }
    m_files->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    for (int column = RemoteSizeColumn; column < ColumnCount; ++column)
        m_files->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *facts = new QFormLayout;
    auto *instanceText = new QLabel(tr("%1 (%2)").arg(request.instanceId).arg(label), this);
    instanceText->setTextFormat(Qt::PlainText);
    facts->addRow(tr("Instance:"), instanceText);
    const QString price = request.dollarsPerHour
                              ? tr("$%1 per hour until it is destroyed").arg(QLocale().toString(*request.dollarsPerHour, 'f', 3))
                              : tr("unknown");
    facts->addRow(tr("Still paying:"), new QLabel(price, this));
    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("typedId"));
    m_idEdit->setPlaceholderText(tr("type %1 to confirm").arg(request.instanceId));
    m_idEdit->setAccessibleName(tr("Instance id"));
    facts->addRow(tr("&Type the instance id:"), m_idEdit);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Confirm"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter must not confirm by accident while the id is still being typed.
    m_confirm->setAutoDefault(false);
    m_confirm->setDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_files, 1);
    layout->addLayout(facts);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_idEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateButton);
    updateButton();
    m_idEdit->setFocus();
    resize(760, 420);
}

ConfirmDialog::~ConfirmDialog() = default;

QString ConfirmDialog::typedId() const
{
    return m_idEdit->text().trimmed();
}

void ConfirmDialog::updateButton()
{
    m_confirm->setEnabled(typedId() == QString::number(m_instanceId));
}

} // namespace vh
