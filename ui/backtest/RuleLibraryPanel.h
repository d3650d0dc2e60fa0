#pragma once

#include "core/model/StoredRule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sn {
class Workspace;
}

namespace sn::ui {

class RuleEditor;

// The rules stored in the workspace, beside the lab's rule editor: pick a
// rule and one of its versions and open it in the editor, or save the
// editor's text as the next version (RuleService refuses a rule that does
// not compile, naming line and column). Follows Rule changes from anywhere
// (the CLI, another window) through the workspace's ChangeHub.
class RuleLibraryPanel : public QWidget
{
    Q_OBJECT
public:
    RuleLibraryPanel(const Workspace &workspace, RuleEditor *editor, QWidget *parent = nullptr);

    // Reads the list again, keeping the selection where it still exists.
    void reload();
    // Selects `name` (and lists its versions); false when it is not stored.
    bool select(const QString &name);
    // Puts version `version` (0: latest) of `name` into the editor.
    bool open(const QString &name, int version = 0);
    // Saves the editor's text under the name field as the next version.
    bool saveCurrent();

    // For tests and the accessibility tree.
    QListWidget *ruleList() const { return m_rules; }
    QComboBox *versionBox() const { return m_versions; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void opened(const QString &name, int version);
    void saved(const QString &name, int version);

private:
    void showVersions();
    void setStatus(const QString &text, bool error);

    const Workspace &m_workspace;
    RuleEditor *m_editor;
    QListWidget *m_rules;
    QComboBox *m_versions;
    QPushButton *m_open;
    QLineEdit *m_name;
    QLineEdit *m_note;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace sn::ui
