// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/FieldBinder.h"

#include "gui/ProblemText.h"
#include "gui/ProjectDocument.h"
#include "model/InputText.h"
#include "model/Money.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>

namespace shenbao {

namespace {

QString fieldDisplay(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int pos = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(std::min<int>(pos, text.size()));
}

} // namespace

FieldBinder::FieldBinder(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

FieldBinder::Binding &FieldBinder::add(QWidget *widget, const QString &path, Access access)
{
    Binding &b = m_bindings.emplace_back();
    b.path = path;
    b.widget = widget;
    b.get = std::move(access.get);
    b.set = std::move(access.set);
    b.baseToolTip = widget->toolTip();
    widget->installEventFilter(this);
    return b;
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving a field ends its undo step: the next visit to the same field is a new one.
    if (event->type() == QEvent::FocusOut) {
        for (auto &b : m_bindings) {
            if (b.widget == watched)
                ++b.session;
        }
    }
    // Ctrl+Z in a field first takes back the field's own typing, then goes on with the
    // document's undo stack, so that the shortcut never "does nothing" where the cursor is.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          (key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the field handles it, not the window's shortcut
                return true;
            }
            for (auto &b : m_bindings) {
                if (b.widget == watched) {
                    undoRedoIn(b, undo);
                    return true;
                }
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void FieldBinder::undoRedoIn(Binding &b, bool undo)
{
    auto *line = qobject_cast<QLineEdit *>(b.widget);
    auto *plain = qobject_cast<QPlainTextEdit *>(b.widget);
    const bool own = line    ? (undo ? line->isUndoAvailable() : line->isRedoAvailable())
                     : plain ? (undo ? plain->document()->isUndoAvailable()
                                     : plain->document()->isRedoAvailable())
                             : false;
    QUndoStack *stack = m_document->undoStack();
    // Redo follows undo back: what this field last handed to the document's stack is redone
    // before the field's own typing.
    if (!undo && m_stackUndos > 0 && stack->canRedo()) {
        --m_stackUndos;
        stack->redo();
        return;
    }
    if (own) {
        m_undoing = true;
        if (line) {
            undo ? line->undo() : line->redo();
            commit(b); // QLineEdit::undo() does not emit textEdited
        } else {
            undo ? plain->undo() : plain->redo(); // textChanged commits
        }
        m_undoing = false;
        return;
    }
    // The field's own history is used up: the document's stack goes on from here, as a new
    // undo step (the next typing must not merge into what was undone).
    ++b.session;
    if (undo && stack->canUndo())
        ++m_stackUndos;
    undo ? stack->undo() : stack->redo();
}

void FieldBinder::text(QLineEdit *edit, const QString &path, Access access,
                       std::function<QString(const QString &)> normalise)
{
    Binding &b = add(edit, path, std::move(access));
    b.read = [edit, normalise]() -> std::optional<QVariant> {
        const QString t = normalise ? normalise(edit->text()) : edit->text();
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    b.write = [edit](const QVariant &v) {
        setTextKeepingCursor(edit, fieldDisplay(v));
    };
    connect(edit, &QLineEdit::textEdited, this, [this, bp = &b] { commit(*bp); });
    if (normalise) {
        // Show the stored form once the user is done with the field, not while typing.
        connect(edit, &QLineEdit::editingFinished, this,
                [edit, normalise] { setTextKeepingCursor(edit, normalise(edit->text())); });
    }
}

void FieldBinder::plainText(QPlainTextEdit *edit, const QString &path, Access access)
{
    Binding &b = add(edit, path, std::move(access));
    b.read = [edit]() -> std::optional<QVariant> {
        const QString t = edit->toPlainText();
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    b.write = [edit](const QVariant &v) {
        const QString t = fieldDisplay(v);
        if (edit->toPlainText() == t)
            return;
        const int pos = edit->textCursor().position();
        edit->setPlainText(t);
        QTextCursor c = edit->textCursor();
        c.setPosition(std::min<int>(pos, t.size()));
        edit->setTextCursor(c);
    };
    connect(edit, &QPlainTextEdit::textChanged, this, [this, bp = &b] {
        if (!m_writing)
            commit(*bp);
    });
}

void FieldBinder::integer(QLineEdit *edit, const QString &path, Access access)
{
    Binding &b = add(edit, path, std::move(access));
    // Full-width digits, spaces and thousands separators are what people type (「１，７３２」).
    b.read = [edit]() -> std::optional<QVariant> {
        QString t = normalisedDigits(edit->text());
        t.remove(QLatin1Char(','));
        t.remove(u'，');
        // A unit after the number (「120人」, 「2021年」) says what the field already says.
        for (const QString &unit :
             {QStringLiteral("年度"), QStringLiteral("年"), QStringLiteral("人"),
              QStringLiteral("项"), QStringLiteral("个")}) {
            if (t.endsWith(unit)) {
                t.chop(unit.size());
                break;
            }
        }
        if (t.isEmpty())
            return QVariant();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,7}$"));
        if (!digits.match(t).hasMatch())
            return std::nullopt;
        return QVariant(t.toInt());
    };
    b.invalidMessage = tr("Enter a whole number, e.g. 20.");
    b.write = [edit](const QVariant &v) {
        setTextKeepingCursor(edit, fieldDisplay(v));
    };
    connect(edit, &QLineEdit::textEdited, this, [this, bp = &b] { commit(*bp); });
}

void FieldBinder::money(QLineEdit *edit, const QString &path, Access access)
{
    Binding &b = add(edit, path, std::move(access));
    if (edit->placeholderText().isEmpty())
        edit->setPlaceholderText(tr("万元"));
    b.read = [edit, bp = &b]() -> std::optional<QVariant> {
        // 「1250万元」 and 「1250万」 say the unit the field already has.
        const QString t = withoutWanUnit(edit->text());
        if (t.endsWith(u'元')) {
            bp->invalidMessage =
                tr("Amounts are in 万元 (10,000 元): type 「1250」 for 1250 万元, or convert "
                   "an amount in 元 by dividing by 10,000.");
            return std::nullopt;
        }
        const WanParse parsed = parseWan(t);
        if (!parsed.ok) {
            bp->invalidMessage = parsed.error;
            return std::nullopt;
        }
        return parsed.yuan ? QVariant::fromValue<Yuan>(*parsed.yuan) : QVariant();
    };
    b.write = [edit](const QVariant &v) {
        setTextKeepingCursor(edit, v.isNull() ? QString() : formatWan(v.value<Yuan>()));
    };
    connect(edit, &QLineEdit::textEdited, this, [this, bp = &b] { commit(*bp); });
}

void FieldBinder::date(QLineEdit *edit, const QString &path, Access access)
{
    Binding &b = add(edit, path, std::move(access));
    if (edit->placeholderText().isEmpty())
        edit->setPlaceholderText(QStringLiteral("2020-06-01"));
    b.read = [edit]() -> std::optional<QVariant> {
        if (edit->text().trimmed().isEmpty())
            return QVariant();
        const auto d = parseDate(edit->text());
        return d ? std::optional<QVariant>(*d) : std::nullopt;
    };
    b.invalidMessage = tr("Enter a date as 2020-06-01.");
    b.write = [edit](const QVariant &v) {
        const auto shown = parseDate(edit->text());
        if (!v.isNull() && shown && *shown == v.toDate())
            return; // "2020/6/1" is the same date: keep what the user typed
        setTextKeepingCursor(edit, v.isNull() ? QString() : v.toDate().toString(Qt::ISODate));
    };
    connect(edit, &QLineEdit::textEdited, this, [this, bp = &b] { commit(*bp); });
}

void FieldBinder::percent(QLineEdit *edit, const QString &path, Access access)
{
    Binding &b = add(edit, path, std::move(access));
    if (edit->placeholderText().isEmpty())
        edit->setPlaceholderText(QStringLiteral("%"));
    b.read = [edit]() -> std::optional<QVariant> {
        QString t = edit->text().trimmed();
        if (t.endsWith(u'%') || t.endsWith(u'％'))
            t.chop(1);
        if (t.isEmpty())
            return QVariant();
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || v < 0 || v > 100)
            return std::nullopt;
        return QVariant(v / 100.0);
    };
    b.invalidMessage = tr("Enter a percentage between 0 and 100, e.g. 25.");
    b.write = [edit](const QVariant &v) {
        setTextKeepingCursor(edit, v.isNull() ? QString()
                                              : QString::number(v.toDouble() * 100.0, 'g', 6));
    };
    connect(edit, &QLineEdit::textEdited, this, [this, bp = &b] { commit(*bp); });
}

void FieldBinder::fillBooleanItems(QComboBox *combo)
{
    const QSignalBlocker block(combo);
    const int index = combo->currentIndex();
    combo->clear();
    combo->addItem(tr("— not answered —"), QVariant());
    combo->addItem(tr("Yes"), QVariant(true));
    combo->addItem(tr("No"), QVariant(false));
    combo->setCurrentIndex(std::max(0, index));
}

void FieldBinder::boolean(QComboBox *combo, const QString &path, Access access)
{
    fillBooleanItems(combo);
    // Item texts follow the language; the binding keeps its place by index.
    combo->setProperty("shenbaoBoolean", true);
    choice(combo, path, std::move(access));
}

void FieldBinder::choice(QComboBox *combo, const QString &path, Access access)
{
    Binding &b = add(combo, path, std::move(access));
    b.read = [combo]() -> std::optional<QVariant> {
        return combo->currentData();
    };
    b.write = [combo](const QVariant &v) {
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant d = combo->itemData(i);
            if (d.isNull() == v.isNull() && (v.isNull() || d == v)) {
                combo->setCurrentIndex(i);
                return;
            }
        }
        combo->setCurrentIndex(-1);
    };
    connect(combo, &QComboBox::currentIndexChanged, this, [this, bp = &b] {
        if (!m_writing)
            commit(*bp);
    });
}

QString FieldBinder::fieldLabel(QWidget *widget)
{
    if (QWidget *top = widget->window()) {
        for (QLabel *label : top->findChildren<QLabel *>()) {
            if (label->buddy() == widget) {
                QString t = label->text();
                // 「单位名称(&N)：」 and "Unit &name:" both become the bare name.
                static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
                t.remove(mnemonic);
                t.remove(QLatin1Char('&'));
                while (t.endsWith(QLatin1Char(':')) || t.endsWith(u'：') ||
                       t.endsWith(QLatin1Char(' ')))
                    t.chop(1);
                return t;
            }
        }
    }
    return layoutLabel(widget);
}

QString FieldBinder::layoutLabel(QWidget *widget)
{
    auto bare = [](QString t) {
        static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
        t.remove(mnemonic);
        t.remove(QLatin1Char('&'));
        while (t.endsWith(QLatin1Char(':')) || t.endsWith(u'：') || t.endsWith(QLatin1Char(' ')))
            t.chop(1);
        return t.trimmed();
    };
    QWidget *parent = widget->parentWidget();
    if (parent && parent->layout()) {
        // A label in the same form row …
        const auto forms = parent->findChildren<QFormLayout *>();
        for (QFormLayout *form : forms) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(widget)))
                return bare(label->text());
        }
        // … or the row and column headers of a table of fields (「2021 营业收入」).
        const auto grids = parent->findChildren<QGridLayout *>();
        for (QGridLayout *grid : grids) {
            const int index = grid->indexOf(widget);
            if (index < 0)
                continue;
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            auto labelAt = [grid](int r, int c) -> QString {
                QLayoutItem *item = grid->itemAtPosition(r, c);
                auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
                return label ? label->text() : QString();
            };
            QStringList parts;
            if (column > 0)
                parts << bare(labelAt(row, 0));
            if (row > 0)
                parts << bare(labelAt(0, column));
            parts.removeAll(QString());
            if (!parts.isEmpty())
                return parts.join(QLatin1Char(' '));
        }
    }
    // A text box alone in its group is named by the group (「五、单位简介」).
    for (QWidget *w = parent; w; w = w->parentWidget()) {
        if (auto *group = qobject_cast<QGroupBox *>(w))
            return bare(group->title());
    }
    return widget->accessibleName();
}

void FieldBinder::commit(Binding &b)
{
    if (!m_undoing)
        m_stackUndos = 0; // new typing: redo starts from here
    const auto value = b.read();
    if (!value) {
        // What cannot be read is not stored, and nothing typed before it stays counted: the
        // field is empty for the rules until the text is corrected, and the mark says so.
        markProblem(
            b, QStringLiteral("error"),
            b.invalidMessage + QLatin1Char('\n') +
                tr("Not stored: until this is corrected the field counts as not filled in."));
    }
    const QVariant stored = value ? *value : QVariant();
    if (value)
        markProblem(b, QString(), QString());
    else if (b.get(m_document->project()).isNull())
        return;
    QString label = fieldLabel(b.widget);
    if (label.isEmpty())
        label = tr("a field");
    m_committing = &b;
    m_document->edit(
        tr("Edit %1").arg(label), [&](Project &p) { b.set(p, stored); },
        b.path + QLatin1Char('#') + QString::number(b.session));
    m_committing = nullptr;
    b.last = b.get(m_document->project());
    refresh(); // problem marks of this field may have changed
}

void FieldBinder::markProblem(Binding &b, const QString &severity, const QString &message)
{
    QWidget *w = b.widget;
    if (w->property("problem").toString() != severity) {
        w->setProperty("problem", severity);
        w->style()->unpolish(w);
        w->style()->polish(w);
        w->update();
    }
    QStringList tips;
    if (!b.baseToolTip.isEmpty())
        tips << b.baseToolTip;
    if (!message.isEmpty())
        tips << message;
    w->setToolTip(tips.join(QLatin1Char('\n')));
}

void FieldBinder::refresh()
{
    const Project &project = m_document->project();
    const Problems &problems = m_document->problems();
    for (auto &b : m_bindings) {
        if (b.widget->property("shenbaoBoolean").toBool()) {
            auto *combo = static_cast<QComboBox *>(b.widget);
            if (combo->itemText(1) != tr("Yes"))
                fillBooleanItems(combo);
        }
        if (&b != m_committing) {
            const QVariant v = b.get(project);
            if (v != b.last || v.isNull() != b.last.isNull()) {
                m_writing = true;
                b.write(v);
                m_writing = false;
                b.last = v;
            }
        }
        // A field whose text cannot be stored keeps its own mark until it is corrected.
        if (!b.read())
            continue;
        QString severity;
        QStringList messages;
        for (const auto &p : problems) {
            if (p.where != b.path)
                continue;
            messages << ProblemText::problem(p);
            if (p.isError())
                severity = QStringLiteral("error");
            else if (severity.isEmpty())
                severity = QStringLiteral("warning");
        }
        markProblem(b, severity, messages.join(QLatin1Char('\n')));
    }
}

QWidget *FieldBinder::widgetFor(const QString &path) const
{
    const Binding *best = nullptr;
    for (const auto &b : m_bindings) {
        if (b.path == path)
            return b.widget;
    }
    for (const auto &b : m_bindings) {
        const bool enclosed = b.path.startsWith(path + QLatin1Char('.'));
        const bool enclosing = path.startsWith(b.path + QLatin1Char('.')) ||
                               path.startsWith(b.path + QLatin1Char('['));
        if ((enclosed || enclosing) && (!best || b.path.size() > best->path.size()))
            best = &b;
    }
    return best ? best->widget : nullptr;
}

bool FieldBinder::focus(const QString &path) const
{
    QWidget *w = widgetFor(path);
    if (!w)
        return false;
    w->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->selectAll();
    return true;
}

} // namespace shenbao
