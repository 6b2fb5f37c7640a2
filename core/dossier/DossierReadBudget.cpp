// SPDX-FileCopyrightText: 2026 The Shenbao authors
// SPDX-License-Identifier: LGPL-3.0-or-later
#include "dossier/DossierReadBudget.h"

namespace shenbao {

namespace {

[[noreturn]] void exceeded(const QString &message)
{
    throw BudgetExceeded(message.toStdString());
}

QString mib(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

} // namespace

ReadBudget::ReadBudget(const ReadLimits &limits)
    : m_limits(limits)
    , m_deadline(qint64(limits.seconds) * 1000)
{
}

void ReadBudget::checkTime() const
{
    if (m_deadline.hasExpired())
        exceeded(QStringLiteral("核对用时超过 %1 秒的上限，已停止：文件过大或结构异常，"
                                "无法确认其完整性")
                     .arg(m_limits.seconds));
}

void ReadBudget::spendHashed(qint64 bytes)
{
    m_hashed += bytes;
    if (m_hashed > m_limits.maxHashedBytes)
        exceeded(QStringLiteral("核对页面时需解压的数据超过 %1 MiB 的上限，已停止")
                     .arg(mib(m_limits.maxHashedBytes)));
}

void ReadBudget::visit()
{
    if (++m_visited > m_limits.maxVisitedObjects)
        exceeded(QStringLiteral("页面引用的对象超过 %1 个的上限，已停止")
                     .arg(m_limits.maxVisitedObjects));
    if (m_visited % 4096 == 0)
        checkTime();
}

CappedCounter::CappedCounter(qint64 cap, QString what)
    : Pipeline("shenbao capped counter", nullptr)
    , m_cap(cap)
    , m_what(std::move(what))
{
}

void CappedCounter::write(unsigned char const *, size_t len)
{
    m_count += qint64(len);
    if (m_count > m_cap) {
        m_tripped =
            QStringLiteral("%1解压后超过 %2 MiB 的上限，拒绝继续读取").arg(m_what, mib(m_cap));
        exceeded(m_tripped);
    }
}

void CappedCounter::throwIfTripped() const
{
    if (!m_tripped.isEmpty())
        exceeded(m_tripped);
}

CappedCollector::CappedCollector(qint64 cap, QString what)
    : Pipeline("shenbao capped collector", nullptr)
    , m_cap(cap)
    , m_what(std::move(what))
{
}

void CappedCollector::write(unsigned char const *data, size_t len)
{
    if (qint64(len) > m_cap - m_bytes.size()) {
        m_tripped =
            QStringLiteral("%1解压后超过 %2 MiB 的上限，拒绝继续读取").arg(m_what, mib(m_cap));
        exceeded(m_tripped);
    }
    m_bytes.append(reinterpret_cast<const char *>(data), qsizetype(len));
}

void CappedCollector::throwIfTripped() const
{
    if (!m_tripped.isEmpty())
        exceeded(m_tripped);
}

HashingPipeline::HashingPipeline(ReadBudget *budget)
    : Pipeline("shenbao sha-256", nullptr)
    , m_budget(budget)
{
}

void HashingPipeline::write(unsigned char const *data, size_t len)
{
    m_hash.add(data, qsizetype(len));
    if (!m_budget)
        return;
    try {
        m_budget->spendHashed(qint64(len));
        m_sinceCheck += qint64(len);
        if (m_sinceCheck > (8 << 20)) {
            m_sinceCheck = 0;
            m_budget->checkTime();
        }
    } catch (const BudgetExceeded &e) {
        m_tripped = QString::fromUtf8(e.what());
        throw;
    }
}

void HashingPipeline::throwIfTripped() const
{
    if (!m_tripped.isEmpty())
        exceeded(m_tripped);
}

} // namespace shenbao
