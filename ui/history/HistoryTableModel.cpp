#include "ui/history/HistoryTableModel.h"

#include "ui/history/HistoryText.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace portone {

void HistoryTableModel::setRecords(QList<HistoryRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void HistoryTableModel::append(const HistoryRecord &record)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const HistoryRecord &r = m_records.at(index.row());
    const QString outcome = outcomeId(r.outcome);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Time:
            return r.time.toMSecsSinceEpoch();
        case HttpStatus:
            return r.httpStatus;
        case Code:
            return r.code ? QVariant(*r.code) : QVariant(-100000);
        case Duration:
            return r.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && outcome != u"ok")
        return QColor(outcome == u"failed" ? 0xc62828 : 0xb26a00);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return r.time.toUTC().toString(Qt::ISODateWithMs);
    if (role == Qt::ToolTipRole && (index.column() == Path || index.column() == Message))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return HistoryText::localTime(r.time);
    case Profile:
        return HistoryText::profile(r.profileName, r.live);
    case Tier:
        return r.tierCode;
    case Area:
        return HistoryText::area(r.area);
    case Method:
        return QString::fromLatin1(r.method);
    case Path:
        return r.path;
    case HttpStatus:
        return r.httpStatus > 0 ? QString::number(r.httpStatus) : u"—"_s;
    case Code:
        return r.code ? QString::number(*r.code) : QString();
    case Message:
        return r.message;
    case Duration:
        return tr("%1 ms").arg(r.durationMs);
    case Outcome:
        return HistoryText::outcome(outcome);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Tier:
        return tr("Tier");
    case Area:
        return tr("Area");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case HttpStatus:
        return tr("HTTP");
    case Code:
        return tr("Code");
    case Message:
        return tr("Message");
    case Duration:
        return tr("Duration");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

void HistoryFilterModel::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    apply();
}

void HistoryFilterModel::setArea(const QString &areaId)
{
    m_area = areaId;
    apply();
}

void HistoryFilterModel::setOutcome(const QString &outcomeId)
{
    m_outcome = outcomeId;
    apply();
}

void HistoryFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    apply();
}

void HistoryFilterModel::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    apply();
}

void HistoryFilterModel::apply()
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const HistoryTableModel *>(sourceModel());
    if (!model || sourceRow >= model->rowCount())
        return false;
    const HistoryRecord &r = model->record(sourceRow);
    if (!m_profileId.isEmpty() && r.profileId != m_profileId)
        return false;
    if (!m_area.isEmpty() && r.area != m_area)
        return false;
    if (!m_outcome.isEmpty() && outcomeId(r.outcome) != m_outcome)
        return false;
    const QDate day = r.time.toLocalTime().date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    return m_text.isEmpty() || HistoryText::searchText(r).contains(m_text, Qt::CaseInsensitive);
}

} // namespace portone
