// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#pragma once

#include "model/Keyed.h"
#include "model/Project.h"

#include <QComboBox>
#include <QObject>
#include <QVariant>

#include <functional>
#include <list>
#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace shenbao {

class ProjectDocument;

// Connects form widgets to fields of the project. A user's change becomes one undo command
// (typing into one field merges until the field loses focus), and a change of the document
// (undo, redo, another widget) flows back into the widgets. Each field is named by its JSON
// path (project-json.md), so problems and rules that name a path can find and mark it.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    using Get = std::function<QVariant(const Project &)>; // null QVariant: not filled in
    using Set = std::function<void(Project &, const QVariant &)>;
    struct Access
    {
        Get get;
        Set set;
    };

    // Access to an optional member that is always there (applicant.name, …).
    template <typename T> static Access member(std::function<std::optional<T> &(Project &)> field)
    {
        return {[field](const Project &p) {
                    const auto &v = field(const_cast<Project &>(p)); // read only
                    return v ? QVariant::fromValue(*v) : QVariant();
                },
                [field](Project &p, const QVariant &v) {
                    field(p) = v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
                }};
    }
    // Access to a member inside something that may not exist yet (a pilot project, a list
    // entry): `find` returns nullptr while it does not, `make` creates it on first write.
    template <typename T>
    static Access nested(std::function<const std::optional<T> *(const Project &)> find,
                         std::function<std::optional<T> &(Project &)> make)
    {
        return {[find](const Project &p) {
                    const std::optional<T> *v = find(p);
                    return v && *v ? QVariant::fromValue(**v) : QVariant();
                },
                [make](Project &p, const QVariant &v) {
                    make(p) = v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
                }};
    }

    explicit FieldBinder(ProjectDocument *document, QObject *parent = nullptr);

    // `normalise` (optional) turns what was typed into what is stored, e.g. upper case.
    void text(QLineEdit *edit, const QString &path, Access access,
              std::function<QString(const QString &)> normalise = {});
    void plainText(QPlainTextEdit *edit, const QString &path, Access access);
    void integer(QLineEdit *edit, const QString &path, Access access);
    void money(QLineEdit *edit, const QString &path, Access access);
    void date(QLineEdit *edit, const QString &path, Access access);
    // A share typed in percent (25 or 25%) and stored as a fraction (0.25).
    void percent(QLineEdit *edit, const QString &path, Access access);
    // Fills the combo with 「未填写 / 是 / 否」 (kept translated).
    void boolean(QComboBox *combo, const QString &path, Access access);
    // A combo whose items carry enum keys as data; item 0 (data empty) means "not chosen".
    void choice(QComboBox *combo, const QString &path, Access access);

    // Shorthands for members that are always there.
    void text(QLineEdit *edit, const QString &path,
              std::function<std::optional<QString> &(Project &)> field,
              std::function<QString(const QString &)> normalise = {})
    {
        text(edit, path, member<QString>(field), std::move(normalise));
    }
    void plainText(QPlainTextEdit *edit, const QString &path,
                   std::function<std::optional<QString> &(Project &)> field)
    {
        plainText(edit, path, member<QString>(field));
    }
    void integer(QLineEdit *edit, const QString &path,
                 std::function<std::optional<int> &(Project &)> field)
    {
        integer(edit, path, member<int>(field));
    }
    void money(QLineEdit *edit, const QString &path,
               std::function<std::optional<Yuan> &(Project &)> field)
    {
        money(edit, path, member<Yuan>(field));
    }
    void date(QLineEdit *edit, const QString &path,
              std::function<std::optional<QDate> &(Project &)> field)
    {
        date(edit, path, member<QDate>(field));
    }
    void boolean(QComboBox *combo, const QString &path,
                 std::function<std::optional<bool> &(Project &)> field)
    {
        boolean(combo, path, member<bool>(field));
    }
    template <typename E>
    void enumChoice(QComboBox *combo, const QString &path,
                    std::function<std::optional<E> &(Project &)> field)
    {
        choice(combo, path,
               {[field](const Project &p) {
                    const auto &v = field(const_cast<Project &>(p)); // read only
                    return v ? QVariant(toKey(*v)) : QVariant();
                },
                [field](Project &p, const QVariant &v) {
                    field(p) = v.isNull() ? std::nullopt : fromKey<E>(v.toString());
                }});
    }

    // Pulls values that changed in the document into the widgets, and marks fields that have
    // problems (red: error, amber: warning) with the message as tooltip.
    void refresh();
    // The widget bound to `path`, or to the nearest enclosing / enclosed path.
    QWidget *widgetFor(const QString &path) const;
    bool focus(const QString &path) const;

    // The field's visible name: its buddy label, its row and column headers, or its group's
    // title; used for undo texts ("Edit 2021 营业收入") and for screen readers.
    static QString fieldLabel(QWidget *widget);

private:
    struct Binding
    {
        QString path;
        QWidget *widget = nullptr;
        Get get;
        Set set;
        std::function<std::optional<QVariant>()> read; // nullopt: the text is not a valid value
        std::function<void(const QVariant &)> write;
        QString invalidMessage;
        QString baseToolTip;
        QVariant last;
        int session = 0;
    };

    Binding &add(QWidget *widget, const QString &path, Access access);
    void commit(Binding &b);
    void markProblem(Binding &b, const QString &severity, const QString &message);
    void fillBooleanItems(QComboBox *combo);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void undoRedoIn(Binding &b, bool undo);
    static QString layoutLabel(QWidget *widget);

    ProjectDocument *m_document;
    std::list<Binding> m_bindings; // stable addresses: lambdas hold pointers into it
    Binding *m_committing = nullptr;
    bool m_writing = false;
    bool m_undoing = false; // the field's own undo/redo is committing
    int m_stackUndos = 0;   // document undos made from a field since the last typing
};

} // namespace shenbao
