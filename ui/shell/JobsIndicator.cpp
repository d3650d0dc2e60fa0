#include "ui/shell/JobsIndicator.h"

#include "ui/shell/JobTracker.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace sn::ui {

JobsIndicator::JobsIndicator(JobTracker &jobs, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setRange(0, 1000);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Background job progress"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setToolTip(tr("Cancel this job"));
    m_cancel->setAccessibleName(tr("Cancel background job"));
    connect(m_cancel, &QToolButton::clicked, this, [this]() {
        if (!m_active.isEmpty())
            m_active.last()->cancel();
    });
    connect(&m_jobs, &JobTracker::started, this, [this](Job *job) {
        m_active.append(job);
        connect(job, &Job::progressChanged, this, [this]() { refresh(); });
        refresh();
    });
    connect(&m_jobs, &JobTracker::ended, this, [this](Job *job) {
        m_active.removeAll(job);
        refresh();
    });
    refresh();
}

void JobsIndicator::refresh()
{
    if (m_active.isEmpty()) {
        setVisible(false);
        return;
    }
    Job *job = m_active.last();
    QString text = job->title();
    if (!job->stage().isEmpty())
        text += QStringLiteral(": ") + job->stage();
    if (m_active.size() > 1)
        text += tr(" (+%n more)", nullptr, static_cast<int>(m_active.size() - 1));
    m_label->setText(text);
    m_bar->setValue(static_cast<int>(job->progress() * 1000));
    m_cancel->setEnabled(!job->isCancelRequested());
    setVisible(true);
}

} // namespace sn::ui
