// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/FieldBinder.h"

#include "gui/ProjectDocument.h"
#include "model/Money.h"

#include <QEvent>
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
    return QObject::eventFilter(watched, event);
}

void FieldBinder::text(QLineEdit *edit, const QString &path, Access access,
                       std::function<QString(const QString &)> normalise)
{
    Binding &b = add(edit, path, std::move(access));
    b.read = [edit, normalise]() -> std::optional<QVariant> {
        const QString t = normalise ? normalise(edit->text()) : edit->text();
        return t.isEmpty() ? QVariant() : QVariant(t);
    };
    b.write = [edit](const QVariant &v) { setTextKeepingCursor(edit, fieldDisplay(v)); };
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
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,7}")), edit));
    b.read = [edit]() -> std::optional<QVariant> {
        const QString t = edit->text().trimmed();
        if (t.isEmpty())
            return QVariant();
        bool ok = false;
        const int n = t.toInt(&ok);
        return ok ? std::optional<QVariant>(n) : std::nullopt;
    };
    b.invalidMessage = tr("Enter a whole number, e.g. 20.");
    b.write = [edit](const QVariant &v) { setTextKeepingCursor(edit, fieldDisplay(v)); };
    connect(edit, &QLineEdit::textEdited, this, [this, bp = &b] { commit(*bp); });
}

void FieldBinder::money(QLineEdit *edit, const QString &path, Access access)
{
    Binding &b = add(edit, path, std::move(access));
    if (edit->placeholderText().isEmpty())
        edit->setPlaceholderText(tr("万元"));
    b.read = [edit, bp = &b]() -> std::optional<QVariant> {
        const WanParse parsed = parseWan(edit->text());
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
        setTextKeepingCursor(edit, v.isNull() ? QString() : QString::number(v.toDouble() * 100.0, 'g', 6));
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
    b.read = [combo]() -> std::optional<QVariant> { return combo->currentData(); };
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
                while (t.endsWith(QLatin1Char(':')) || t.endsWith(u'：') || t.endsWith(QLatin1Char(' ')))
                    t.chop(1);
                return t;
            }
        }
    }
    return widget->accessibleName();
}

void FieldBinder::commit(Binding &b)
{
    const auto value = b.read();
    if (!value) {
        markProblem(b, QStringLiteral("error"), b.invalidMessage);
        return;
    }
    markProblem(b, QString(), QString());
    QString label = fieldLabel(b.widget);
    if (label.isEmpty())
        label = b.path;
    m_committing = &b;
    m_document->edit(tr("Edit %1").arg(label), [&](Project &p) { b.set(p, *value); },
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
            messages << p.message;
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
        const bool enclosing =
            path.startsWith(b.path + QLatin1Char('.')) || path.startsWith(b.path + QLatin1Char('['));
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
