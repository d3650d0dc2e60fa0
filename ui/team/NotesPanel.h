#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sn {
class Workspace;
}

namespace sn::ui {

// Notes and comments on one shared item (a portfolio, a watchlist, a saved
// run), shown beside it: author, local time and text, oldest first; add a
// note, edit one's own. Writes go through NoteService (the note and its
// outbox row in one transaction); notes from teammates arrive through
// SyncService and refresh the panel by the item's change announcement.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(const Workspace &workspace, QWidget *parent = nullptr);

    // `entity` as on the wire ("portfolio", "watchlist", "backtest_run"); 0: none.
    void setItem(const QString &entity, qint64 localId);
    void reload();
    // The user's gestures, callable from tests; false with the reason shown.
    bool addNote(const QString &text);
    bool editNote(qint64 noteId, const QString &text);

    int count() const;
    QListWidget *notes() const { return m_list; }
    QString message() const;
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }

    static constexpr int kIdRole = 0x0100;         // Qt::UserRole: the note's id
    static constexpr int kAuthorRole = 0x0100 + 1; // its author

Q_SIGNALS:
    void changed();

private:
    void updateButtons();
    void editSelected();

    const Workspace &m_workspace;
    QString m_entity;
    qint64 m_id = 0;
    QString m_user;
    bool m_shared = false;
    QLabel *m_title;
    QListWidget *m_list;
    QPlainTextEdit *m_text;
    QPushButton *m_add;
    QPushButton *m_edit;
    QLabel *m_message;
};

} // namespace sn::ui
