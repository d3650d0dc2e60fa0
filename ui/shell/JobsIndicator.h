#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sn::ui {

class Job;
class JobTracker;

// Status-bar widget: the newest running job's title, stage and progress,
// how many others run, and a button that cancels the shown job.
class JobsIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit JobsIndicator(JobTracker &jobs, QWidget *parent = nullptr);

private:
    void refresh();

    JobTracker &m_jobs;
    QList<Job *> m_active;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace sn::ui
