#include "remotebrowserdialog.h"

#include "common/logging.h"
#include "common/units.h"
#include "transfer/remoteaccess.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <mutex>

namespace vh {

// Shared by the dialog and its listing thread, so a dialog closed during a
// listing neither waits for nor dangles under the thread.
struct RemoteBrowserDialog::Worker
{
    std::atomic_bool cancelled{false};
    std::mutex mutex;
    RemoteAccess *access = nullptr;

    void abort()
    {
        cancelled = true;
        const std::lock_guard<std::mutex> guard(mutex);
        if (access)
            access->abort();
    }
};

RemoteBrowserDialog::RemoteBrowserDialog(RemoteBrowseRequest request, QWidget *parent)
    : QDialog(parent), m_request(std::move(request))
{
    setObjectName(QStringLiteral("remoteBrowserDialog"));
    setWindowTitle(tr("Choose files on %1").arg(m_request.title));

    m_pattern = new QLineEdit(m_request.pattern, this);
    m_pattern->setToolTip(tr("A remote folder followed by /* or /**/* lists its files."));
    auto *listButton = new QPushButton(tr("&List"), this);
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(new QLabel(tr("&Pattern:"), this));
    patternRow->addWidget(m_pattern, 1);
    patternRow->addWidget(listButton);
    qobject_cast<QLabel *>(patternRow->itemAt(0)->widget())->setBuddy(m_pattern);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Remote file"), tr("Size")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use ticked files"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(patternRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(listButton, &QPushButton::clicked, this, &RemoteBrowserDialog::list);
    connect(m_pattern, &QLineEdit::returnPressed, this, &RemoteBrowserDialog::list);
    connect(m_tree, &QTreeWidget::itemChanged, this, &RemoteBrowserDialog::updateButtons);
    resize(640, 440);
    updateButtons();
    list();
}

RemoteBrowserDialog::~RemoteBrowserDialog()
{
    if (m_worker)
        m_worker->abort();
}

void RemoteBrowserDialog::list()
{
    if (m_worker)
        m_worker->abort();
    m_tree->clear();
    updateButtons();
    const QString pattern = m_pattern->text().trimmed();
    if (pattern.isEmpty()) {
        m_state->setText(tr("Type a pattern such as /workspace/* and press List."));
        return;
    }
    m_state->setText(tr("Listing %1…").arg(pattern));
    auto worker = std::make_shared<Worker>();
    m_worker = worker;
    QPointer<RemoteBrowserDialog> self(this);
    auto openRemote = m_request.openRemote;
    QThread *thread = QThread::create([self, worker, openRemote, pattern] {
        std::unique_ptr<RemoteAccess> access = openRemote();
        {
            const std::lock_guard<std::mutex> guard(worker->mutex);
            worker->access = access.get();
        }
        Result<RemoteListing> listing = Error(ErrorKind::Cancelled, QString());
        if (auto connected = access->connect(&worker->cancelled); !connected)
            listing = connected.error();
        else
            listing = access->list({pattern}, &worker->cancelled);
        {
            const std::lock_guard<std::mutex> guard(worker->mutex);
            worker->access = nullptr;
        }
        access->disconnect();
        if (worker->cancelled)
            return;
        QMetaObject::invokeMethod(
            self.data(), [self, worker, listing] {
                if (!self || self->m_worker != worker)
                    return;
                if (listing)
                    self->showListing(listing.value());
                else
                    self->showError(listing.error());
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void RemoteBrowserDialog::showListing(const RemoteListing &listing)
{
    const QSignalBlocker blocker(m_tree);
    for (const RemoteFile &file : listing.files) {
        auto *item = new QTreeWidgetItem(m_tree, {file.remotePath, formatBytes(file.size)});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(1, tr("%1 bytes").arg(QLocale().toString(file.size)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    QStringList problems;
    for (const Error &problem : listing.problems)
        problems.append(problem.message);
    if (listing.files.isEmpty()) {
        m_state->setText(problems.isEmpty() ? tr("Nothing matches. Try a folder above, e.g. /workspace/*.")
                                            : problems.join(QLatin1Char('\n')));
    } else {
        m_state->setText(problems.isEmpty()
                             ? tr("Files found: %1. Tick the ones to harvest.").arg(listing.files.size())
                             : problems.join(QLatin1Char('\n')));
    }
    updateButtons();
    emit listed();
}

void RemoteBrowserDialog::showError(const Error &error)
{
    qCWarning(lcUi) << "remote listing failed:" << error.message;
    m_state->setText(error.message);
    updateButtons();
    emit listed();
}

QStringList RemoteBrowserDialog::tickedPaths() const
{
    // NOTE: a ticked name that contains '*' or '?' still acts as a glob,
    // because remote patterns have no escape syntax.
    QStringList paths;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked)
            paths.append(item->text(0));
    }
    return paths;
}

void RemoteBrowserDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!tickedPaths().isEmpty());
}

} // namespace vh
