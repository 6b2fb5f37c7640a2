// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "gui/ChecksView.h"

#include "gui/EvaluationText.h"
#include "gui/ProblemText.h"
#include "gui/StateIcons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shenbao {

namespace {

enum Role
{
    PathRole = Qt::UserRole,
    KeyRole,
    DetailRole
};

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

// QTreeView sizes wrapped rows as if they had the whole column, ignoring indentation and the
// icon, so long conditions lost their last line to "…". This one measures the real room.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        int depth = 1; // top-level rows are indented too (root decoration)
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int icon = opt.icon.isNull() ? 0 : opt.decorationSize.width() + 6;
        const int width =
            std::max(80, m_view->viewport()->width() - m_view->indentation() * depth - icon - 10);
        const QRect text =
            opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, opt.text);
        return {width, std::max(text.height(), opt.decorationSize.height()) + 6};
    }

private:
    QTreeView *m_view;
};

} // namespace

ChecksView::ChecksView(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_route(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_detail(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_route->setObjectName(QStringLiteral("routeLabel"));
    m_route->setWordWrap(true);
    layout->addWidget(m_verdict);
    layout->addWidget(m_route);

    m_tree->setObjectName(QStringLiteral("checksTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setIndentation(14);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_tree, 1);

    m_detail->setObjectName(QStringLiteral("clauseDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setMaximumHeight(170);
    m_detail->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_detail);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showDetail(item); });
    auto jump = [this](QTreeWidgetItem *item) {
        const QString path = item ? item->data(0, PathRole).toString() : QString();
        if (!path.isEmpty())
            emit jumpTo(path);
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, jump);
    connect(m_tree, &QTreeWidget::itemActivated, this, jump);
}

void ChecksView::setEvaluation(const Evaluation &evaluation, const Problems &problems,
                               const CallDefinition &call)
{
    // Most keys change nothing this view shows: rebuilding its tree of hundreds of items cost
    // a quarter of a keystroke on a large project.
    if (m_call == &call && m_evaluation.verdict == evaluation.verdict &&
        m_evaluation.route == evaluation.route && m_evaluation.rules == evaluation.rules &&
        m_evaluation.problems == evaluation.problems && m_problems == problems)
        return;
    m_evaluation = evaluation;
    m_problems = problems;
    m_call = &call;
    rebuild();
}

QTreeWidgetItem *ChecksView::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_tree, QStringList{title});
    QFont f = group->font(0);
    f.setBold(true);
    group->setFont(0, f);
    group->setFlags(Qt::ItemIsEnabled);
    group->setExpanded(true);
    return group;
}

void ChecksView::rebuild()
{
    if (!m_call)
        return;
    const CallDefinition &call = *m_call;
    const QString selectedKey =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, KeyRole).toString() : QString();
    const int scroll = m_tree->verticalScrollBar()->value();

    // While lists are being entered, a list short of items is amber 「还差 N 项」, not red 不符合
    // (EvaluationText::statusVerdict); the export step and the cover keep the strict verdict.
    const Mark verdictMark = EvaluationText::statusMark(m_evaluation);
    m_verdict->setText(
        QStringLiteral("<span style=\"font-size:large;font-weight:600;color:%1\">%2</span>")
            .arg(markColor(verdictMark).name(),
                 escaped(EvaluationText::statusVerdict(m_evaluation))));
    m_route->setText(tr("Route: %1").arg(EvaluationText::route(m_evaluation.route, call)) +
                     QStringLiteral("  ·  ") +
                     tr("met %1 · not met %2 · to complete %3")
                         .arg(EvaluationText::count(m_evaluation, RuleState::Met))
                         .arg(EvaluationText::count(m_evaluation, RuleState::NotMet))
                         .arg(EvaluationText::count(m_evaluation, RuleState::Incomplete)));

    m_tree->clear();
    QTreeWidgetItem *routes = nullptr, *base = nullptr, *domain = nullptr;
    QTreeWidgetItem *selected = nullptr;

    // Everything that stands between the application and a clean export comes first, so the
    // real blocker is never at the bottom of a scrolled list; each entry opens its field.
    const QList<EvaluationText::Blocker> blockers = EvaluationText::blockers(m_evaluation, call);
    if (!blockers.isEmpty()) {
        auto *group = addGroup(tr("To do before export (%1)").arg(blockers.size()));
        group->setData(0, KeyRole, QStringLiteral("todo"));
        for (const auto &b : blockers) {
            using K = EvaluationText::Blocker::Kind;
            QString kind;
            Mark mark = Mark::NotMet;
            switch (b.kind) {
            case K::ConditionNotMet:
                kind = tr("Condition not met");
                break;
            case K::ListShort:
                kind = tr("List still being entered");
                mark = Mark::Incomplete;
                break;
            case K::ConditionIncomplete:
                kind = tr("Condition waiting for data");
                mark = Mark::Incomplete;
                break;
            case K::FormError:
                kind = tr("Problem in the form");
                break;
            case K::MissingDocument:
                kind = tr("Missing document");
                break;
            }
            auto *item = new QTreeWidgetItem(group, QStringList{kind + QLatin1Char('\n') + b.text});
            item->setIcon(0, markIcon(mark));
            item->setData(0, PathRole, b.path);
            item->setData(0, KeyRole,
                          QString(QStringLiteral("todo|") + b.path + QLatin1Char('|') + b.text));
            item->setData(
                0, DetailRole,
                QStringLiteral("<b>%1</b><br>%2<p style=\"color:#555\">%3</p>")
                    .arg(escaped(kind), escaped(b.text), escaped(tr("Click to go to the field."))));
            item->setToolTip(0, b.path);
            if (item->data(0, KeyRole).toString() == selectedKey)
                selected = item;
        }
    }
    for (const RuleResult &r : m_evaluation.rules) {
        QTreeWidgetItem *parent;
        if (r.id.startsWith(QLatin1StringView("ROUTE-")))
            parent = routes ? routes : (routes = addGroup(tr("Route of recognition")));
        else if (r.id.startsWith(QLatin1StringView("BASE-")))
            parent = base ? base : (base = addGroup(tr("Basic conditions (notice, section 1)")));
        else
            parent = domain ? domain
                            : (domain = addGroup(tr("Conditions of the domain (Attachment 1)")));

        // A route is not a condition to meet: 「不符合」 next to it would read as a failure, so
        // routes show only what was found.
        const bool route = r.id.startsWith(QLatin1StringView("ROUTE-"));
        const QString figure = ProblemText::figure(r);
        const QStringList missingEvidence = ProblemText::missingEvidence(r);
        const QString title = ProblemText::ruleTitle(r);
        QString line = r.id + QStringLiteral("  ") + title + QLatin1Char('\n');
        if (route) {
            line += figure;
        } else {
            line += EvaluationText::statusState(r, m_evaluation, call);
            if (!figure.isEmpty())
                line += QStringLiteral(" · ") + figure;
            if (r.informational)
                line += QStringLiteral(" · ") + tr("for information only");
        }
        auto *item = new QTreeWidgetItem(parent, QStringList{line});
        const bool shortList = r.state == RuleState::NotMet && r.shortBy > 0 &&
                               EvaluationText::listsStillShort(m_evaluation);
        item->setIcon(0, markIcon(route || r.informational ? Mark::Info
                                  : shortList              ? Mark::Incomplete
                                                           : markFor(r.state)));
        item->setData(0, PathRole, r.field);
        item->setData(0, KeyRole, r.id);
        QString detail = QStringLiteral("<b>%1 %2</b><br>%3")
                             .arg(escaped(r.id), escaped(title),
                                  escaped(EvaluationText::statusState(r, m_evaluation, call)));
        if (!figure.isEmpty())
            detail += QStringLiteral(" · ") + escaped(figure);
        detail += QStringLiteral("<p style=\"color:#555\">%1</p><p>%2</p>")
                      .arg(escaped(r.cite), escaped(r.clauseText));
        if (!missingEvidence.isEmpty())
            detail += QStringLiteral("<p><b>%1</b><br>%2</p>")
                          .arg(escaped(tr("Evidence missing for:")),
                               escaped(missingEvidence.join(QLatin1Char('\n')))
                                   .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        item->setData(0, DetailRole, detail);
        item->setToolTip(
            0, QStringLiteral("<p>%1</p><p>%2</p>").arg(escaped(r.cite), escaped(r.clauseText)));
        for (const QString &missing : missingEvidence) {
            auto *child =
                new QTreeWidgetItem(item, QStringList{tr("Evidence missing: %1").arg(missing)});
            child->setIcon(0, markIcon(Mark::Warning));
            child->setData(0, PathRole, QStringLiteral("evidence"));
            child->setData(0, KeyRole, QString(r.id + QLatin1Char('/') + missing));
            child->setData(0, DetailRole, detail);
        }
        item->setExpanded(true);
        if (item->data(0, KeyRole).toString() == selectedKey)
            selected = item;
    }

    // Errors are in the list at the top; what is left here only asks for a second look.
    Problems warnings;
    for (const Problem &p : m_problems) {
        if (!p.isError())
            warnings << p;
    }
    if (!warnings.isEmpty()) {
        auto *group = addGroup(tr("Please check (%1)").arg(warnings.size()));
        for (const Problem &p : warnings) {
            const QString message = ProblemText::problem(p);
            auto *item = new QTreeWidgetItem(group, QStringList{message});
            item->setIcon(0, markIcon(Mark::Warning));
            item->setData(0, PathRole, p.where);
            item->setData(0, KeyRole, QString(p.where + QLatin1Char('|') + p.message));
            item->setToolTip(0, p.where);
            item->setData(
                0, DetailRole,
                QStringLiteral("<b>%1</b><br>%2<p style=\"color:#555\">%3</p>")
                    .arg(escaped(tr("Please check")), escaped(message), escaped(p.where)));
            if (item->data(0, KeyRole).toString() == selectedKey)
                selected = item;
        }
    }
    if (!selected && selectedKey.isEmpty()) {
        // Nothing chosen yet: the first thing to do, so that its explanation is in view.
        for (QTreeWidgetItemIterator it(m_tree); *it && !selected; ++it) {
            if ((*it)->data(0, KeyRole).toString().startsWith(QLatin1StringView("todo|")))
                selected = *it;
        }
    }
    if (selected)
        m_tree->setCurrentItem(selected);
    else
        showDetail(nullptr);
    m_tree->verticalScrollBar()->setValue(scroll);
}

void ChecksView::showDetail(QTreeWidgetItem *item)
{
    const QString html = item ? item->data(0, DetailRole).toString() : QString();
    m_detail->setHtml(
        html.isEmpty() ? QStringLiteral("<p style=\"color:#666\">%1</p>")
                             .arg(escaped(tr("Select a condition to read its clause in the notice; "
                                             "click it to go to the data it checks.")))
                       : html);
}

QString ChecksView::ruleText(const QString &ruleId) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == ruleId)
            return (*it)->text(0);
    }
    return {};
}

QList<QTreeWidgetItem *> ChecksView::todoItems() const
{
    QList<QTreeWidgetItem *> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->data(0, KeyRole).toString() != QLatin1StringView("todo"))
            continue;
        for (int j = 0; j < group->childCount(); ++j)
            out << group->child(j);
    }
    return out;
}

QString ChecksView::verdictText() const
{
    return EvaluationText::statusVerdict(m_evaluation);
}

bool ChecksView::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped rows change height with the panel's width.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_tree->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void ChecksView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace shenbao
