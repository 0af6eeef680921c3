#include "io/trackingimport.h"

#include "domain/carriers.h"
#include "domain/rules.h"
#include "storage/storage.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <iconv.h>

#include <array>

namespace aftersales::trackingimport
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::trackingimport", text);
}

constexpr int maxRows = 100'000;

// glibc's iconv, for a Qt built without ICU (QStringDecoder then knows only UTF-*/Latin-1).
std::optional<QByteArray> iconvConvert(const char *to, const char *from, const QByteArray &in)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1))
        return std::nullopt;
    QByteArray out(in.size() * 4 + 16, Qt::Uninitialized);
    char *src = const_cast<char *>(in.constData());
    size_t srcLeft = size_t(in.size());
    char *dst = out.data();
    size_t dstLeft = size_t(out.size());
    const size_t r = iconv(cd, &src, &srcLeft, &dst, &dstLeft);
    iconv_close(cd);
    if (r == size_t(-1) || srcLeft != 0)
        return std::nullopt;
    out.truncate(out.size() - qsizetype(dstLeft));
    return out;
}

std::optional<QString> decodeGb18030(const QByteArray &bytes)
{
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (decoder.isValid()) {
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
    const std::optional<QByteArray> utf8 = iconvConvert("UTF-8", "GB18030", bytes);
    if (!utf8)
        return std::nullopt;
    return QString::fromUtf8(*utf8);
}

// Header names as warehouses and the Douyin back office write them, compared without
// case, spaces, underscores or hyphens.
enum class Column { Claim, Order, Carrier, Tracking };

QString headerKey(QString text)
{
    text = text.trimmed().toLower();
    static const QRegularExpression noise(QStringLiteral(R"([\s_\-()（）:：/])"));
    text.remove(noise);
    return text;
}

std::optional<Column> columnFor(const QString &header)
{
    static const QHash<QString, Column> known = [] {
        QHash<QString, Column> h;
        for (const char *k : {"claimid", "claim", "id", "aftersaleid", "aftersalesid"})
            h.insert(QLatin1String(k), Column::Claim);
        for (const char *k : {"orderid", "order", "orderno", "shoporderid"})
            h.insert(QLatin1String(k), Column::Order);
        for (const char *k :
             {"carrier", "carriercode", "company", "logisticscompany", "expresscompany", "logisticscode"})
            h.insert(QLatin1String(k), Column::Carrier);
        for (const char *k :
             {"trackingno", "tracking", "trackingnumber", "logisticsno", "waybill", "waybillno"})
            h.insert(QLatin1String(k), Column::Tracking);
        for (const char *k : {"售后单号", "售后单", "售后id", "售后单id", "售后编号"})
            h.insert(QString::fromUtf8(k), Column::Claim);
        for (const char *k : {"订单号", "订单编号", "订单id", "主订单号", "子订单号", "订单"})
            h.insert(QString::fromUtf8(k), Column::Order);
        for (const char *k : {"快递公司", "物流公司", "快递", "承运商", "快递公司编码", "物流公司编码"})
            h.insert(QString::fromUtf8(k), Column::Carrier);
        for (const char *k : {"物流单号", "快递单号", "运单号", "单号", "物流编号"})
            h.insert(QString::fromUtf8(k), Column::Tracking);
        return h;
    }();
    const auto it = known.constFind(headerKey(header));
    if (it == known.constEnd())
        return std::nullopt;
    return *it;
}

// Chinese names and common abbreviations of each carrier, whatever the display language.
std::optional<QString> carrierFor(const QString &text)
{
    const QString key = headerKey(text);
    if (key.isEmpty())
        return std::nullopt;
    static const std::array<std::pair<const char *, const char *>, 10> aliases{{
        {"shunfeng", "顺丰|顺丰速运|顺丰快递|sf|sfexpress"},
        {"zhongtong", "中通|中通快递|zto|ztoexpress"},
        {"yuantong", "圆通|圆通速递|圆通快递|yto|ytoexpress"},
        {"yunda", "韵达|韵达快递|韵达速递|yundaexpress"},
        {"shentong", "申通|申通快递|sto|stoexpress"},
        {"jd", "京东|京东物流|京东快递|jdlogistics"},
        {"ems", "ems|邮政ems|中国邮政速递|邮政速递"},
        {"jtexpress", "极兔|极兔速递|极兔快递|j&t|j&texpress|jt"},
        {"debangwuliu", "德邦|德邦物流|德邦快递|deppon"},
        {"youzhengguonei", "中国邮政|邮政|邮政快递包裹|邮政国内|chinapost"},
    }};
    for (const auto &[code, names] : aliases) {
        if (key == QLatin1String(code))
            return QLatin1String(code);
        for (const QString &name : QString::fromUtf8(names).split(QLatin1Char('|')))
            if (key == name)
                return QLatin1String(code);
    }
    for (const carriers::Carrier &c : carriers::all())
        if (key == headerKey(c.name))
            return c.code;
    return std::nullopt;
}

// What Excel does to long numbers and what people do against it: ="…", a leading
// apostrophe, a tab.
QString cleanCell(QString cell)
{
    cell = cell.trimmed();
    if (cell.startsWith(QLatin1String("=\"")) && cell.endsWith(QLatin1Char('"')) && cell.size() >= 3)
        cell = cell.mid(2, cell.size() - 3);
    if (cell.startsWith(QLatin1Char('\'')))
        cell.remove(0, 1);
    return cell.trimmed();
}

bool looksScientific(const QString &cell)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d(\.\d+)?[eE]\+\d+$)"));
    return re.match(cell).hasMatch();
}

void mark(Row &row, RowState state, const QString &message)
{
    row.state = state;
    row.message = message;
}

QString lineList(const QList<int> &lines)
{
    QStringList out;
    for (int l : lines)
        out << QString::number(l);
    return out.join(QStringLiteral(", "));
}

// Format, carrier and claim of one row; the file-wide and database-wide duplicate checks
// come after.
void resolve(const Workbench &workbench, Row &row)
{
    const Storage &store = workbench.storage();
    if (row.trackingText.isEmpty())
        return mark(row, RowState::WrongFormat, tr("The tracking number is missing."));
    if (row.claimText.isEmpty() && row.orderText.isEmpty())
        return mark(row, RowState::WrongFormat, tr("Neither a claim id nor an order id is given."));
    row.trackingNo = carriers::normalized(row.trackingText);
    if (looksScientific(row.trackingText) || looksScientific(row.orderText) || looksScientific(row.claimText))
        return mark(
            row, RowState::WrongFormat,
            tr("A number was turned into scientific notation by Excel (%1); format the column as text "
               "and save again.")
                .arg(looksScientific(row.trackingText) ? row.trackingText
                     : looksScientific(row.orderText)  ? row.orderText
                                                       : row.claimText));
    if (row.carrierText.isEmpty()) {
        const std::optional<QString> detected = carriers::detect(row.trackingNo);
        if (!detected)
            return mark(row, RowState::WrongFormat,
                        tr("No carrier is given and \"%1\" fits no carrier's format.").arg(row.trackingText));
        row.carrier = *detected;
    } else {
        const std::optional<QString> code = carrierFor(row.carrierText);
        if (!code)
            return mark(row, RowState::WrongFormat, tr("Unknown carrier \"%1\".").arg(row.carrierText));
        row.carrier = *code;
    }
    if (!carriers::matches(row.carrier, row.trackingNo))
        return mark(row, RowState::WrongFormat,
                    tr("\"%1\" is not a %2 tracking number (expected like %3).")
                        .arg(row.trackingText, carriers::find(row.carrier)->name,
                             carriers::find(row.carrier)->example));

    Claim claim;
    if (!row.claimText.isEmpty()) {
        bool ok = false;
        const qint64 id = row.claimText.toLongLong(&ok);
        if (!ok || id <= 0)
            return mark(row, RowState::WrongFormat, tr("\"%1\" is not a claim id.").arg(row.claimText));
        Result<Claim> found = store.claim(id);
        if (!found.ok())
            return mark(row, RowState::UnknownClaim, tr("There is no claim %1.").arg(id));
        claim = *found;
        if (!row.orderText.isEmpty() && row.orderText != claim.orderId)
            return mark(
                row, RowState::WrongFormat,
                tr("Claim %1 belongs to order %2, not %3.").arg(id).arg(claim.orderId, row.orderText));
    } else {
        Result<QList<Claim>> onOrder = store.claimsForOrder(row.orderText);
        if (!onOrder.ok() || onOrder->isEmpty())
            return mark(row, RowState::UnknownClaim, tr("There is no claim on order %1.").arg(row.orderText));
        claim = onOrder->first();
        for (const Claim &c : *onOrder)
            if (rules::merchantActions(c).contains(Action::Ship)) {
                claim = c;
                break;
            }
    }
    row.claimId = claim.id;
    row.version = claim.version;
    if (!rules::merchantActions(claim).contains(Action::Ship))
        return mark(row, RowState::NotAwaitingShipment,
                    tr("Claim %1 is not awaiting shipment.").arg(claim.id));
    // The rules themselves, at the workbench's clock: what apply() will decide.
    ActionRequest request;
    request.action = Action::Ship;
    request.carrier = row.carrier;
    request.trackingNo = row.trackingNo;
    const Result<Decision> d = rules::act(claim, request, workbench.now(), workbench.policy());
    if (!d.ok()) {
        if (d.outcome.rule == QLatin1String("tracking_same_as_original"))
            return mark(row, RowState::Duplicate, d.outcome.message);
        if (d.outcome.kind == Outcome::Kind::BadInput)
            return mark(row, RowState::WrongFormat, d.outcome.message);
        return mark(row, RowState::NotAwaitingShipment, d.outcome.message);
    }
    Result<std::optional<qint64>> used = store.trackingUsedBy(row.trackingNo, claim.id);
    if (used.ok() && *used)
        return mark(row, RowState::Duplicate,
                    tr("The tracking number is already used by claim %1.").arg(**used));
}

// A number twice in the file: the same row repeated keeps its first line; one number for
// two claims, or two numbers for one claim, marks every line involved.
void markFileDuplicates(QList<Row> &rows)
{
    QHash<QString, QList<int>> byNumber;
    QHash<qint64, QList<int>> byClaim;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        if (r.state == RowState::WrongFormat || r.trackingNo.isEmpty())
            continue;
        byNumber[r.trackingNo].append(i);
        if (r.claimId > 0)
            byClaim[r.claimId].append(i);
    }
    auto linesOf = [&](const QList<int> &indexes) {
        QList<int> lines;
        for (int i : indexes)
            lines << rows.at(i).line;
        return lines;
    };
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        const QList<int> &group = it.value();
        if (group.size() < 2)
            continue;
        bool sameClaim = true;
        for (int i : group)
            sameClaim =
                sameClaim && rows.at(i).claimId == rows.at(group.first()).claimId && rows.at(i).claimId > 0;
        for (int k = 0; k < group.size(); ++k) {
            Row &r = rows[group.at(k)];
            if (sameClaim && k == 0)
                continue;
            if (r.state != RowState::Ok)
                continue;
            mark(r, RowState::Duplicate,
                 sameClaim ? tr("The same row as line %1.").arg(rows.at(group.first()).line)
                           : tr("The tracking number %1 is in the file more than once (lines %2).")
                                 .arg(it.key(), lineList(linesOf(group))));
        }
    }
    for (auto it = byClaim.cbegin(); it != byClaim.cend(); ++it) {
        const QList<int> &group = it.value();
        QSet<QString> numbers;
        for (int i : group)
            numbers.insert(rows.at(i).trackingNo);
        if (numbers.size() < 2)
            continue;
        for (int i : group)
            if (rows.at(i).state == RowState::Ok)
                mark(rows[i], RowState::Duplicate,
                     tr("Claim %1 has different tracking numbers in the file (lines %2).")
                         .arg(it.key())
                         .arg(lineList(linesOf(group))));
    }
}

} // namespace

QString stateName(RowState state)
{
    switch (state) {
    case RowState::Ok:
        return QStringLiteral("ok");
    case RowState::WrongFormat:
        return QStringLiteral("wrong_format");
    case RowState::NotAwaitingShipment:
        return QStringLiteral("not_awaiting_shipment");
    case RowState::Duplicate:
        return QStringLiteral("duplicate");
    case RowState::UnknownClaim:
        return QStringLiteral("unknown_claim");
    }
    return {};
}

QString stateLabel(RowState state)
{
    switch (state) {
    case RowState::Ok:
        return tr("OK");
    case RowState::WrongFormat:
        return tr("Wrong format");
    case RowState::NotAwaitingShipment:
        return tr("Not awaiting shipment");
    case RowState::Duplicate:
        return tr("Duplicate number");
    case RowState::UnknownClaim:
        return tr("Unknown claim");
    }
    return {};
}

int Preview::count(RowState state) const
{
    int n = 0;
    for (const Row &r : rows)
        n += r.state == state ? 1 : 0;
    return n;
}

Result<QString> decode(const QByteArray &bytes, QString *encoding)
{
    auto said = [&](const char *name) {
        if (encoding)
            *encoding = QLatin1String(name);
    };
    if (bytes.startsWith("\xFF\xFE")) { // Excel's "Unicode text"
        QStringDecoder utf16(QStringConverter::Utf16LE);
        said("UTF-16");
        return QString(utf16.decode(bytes.mid(2)));
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        said(bom ? "UTF-8 (BOM)" : "UTF-8");
        return text;
    }
    if (std::optional<QString> gb = decodeGb18030(body)) {
        said("GB18030");
        return *gb;
    }
    return Outcome::badInput(tr("The file is neither UTF-8 nor GB18030 text; save it from Excel as "
                                "\"CSV UTF-8\" or \"CSV\"."));
}

QByteArray encodeGb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    if (encoder.isValid())
        return encoder.encode(text);
    return iconvConvert("GB18030", "UTF-8", text.toUtf8()).value_or(QByteArray());
}

QList<QStringList> parseCsv(const QString &text, QList<int> *lines)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar delimiter = QLatin1Char(',');
    if (!firstLine.contains(QLatin1Char(','))) {
        if (firstLine.contains(QLatin1Char('\t')))
            delimiter = QLatin1Char('\t');
        else if (firstLine.contains(QLatin1Char(';')))
            delimiter = QLatin1Char(';');
    }
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record.first().trimmed().isEmpty();
        if (!blank) {
            records << record;
            if (lines)
                lines->append(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n ends the record; a lone CR (old Mac Excel) as well.
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                endRecord();
                recordLine = ++line;
            }
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return records;
}

Result<Preview> preview(const Workbench &workbench, const QByteArray &bytes)
{
    Preview p;
    const Result<QString> text = decode(bytes, &p.encoding);
    if (!text.ok())
        return text.outcome;
    QList<int> lines;
    const QList<QStringList> records = parseCsv(*text, &lines);
    if (records.isEmpty())
        return Outcome::badInput(tr("The file is empty."));
    if (records.size() - 1 > maxRows)
        return Outcome::badInput(tr("The file has more than %1 rows; split it.").arg(maxRows));
    QHash<int, int> at; // Column -> index
    const QStringList header = records.first();
    for (int i = 0; i < header.size(); ++i)
        if (const std::optional<Column> c = columnFor(cleanCell(header.at(i))); c && !at.contains(int(*c)))
            at.insert(int(*c), i);
    if ((!at.contains(int(Column::Claim)) && !at.contains(int(Column::Order))) ||
        !at.contains(int(Column::Tracking)))
        return Outcome::badInput(tr("The first line must name the columns: a claim id (售后单号) or an order "
                                    "id (订单号), a tracking "
                                    "number (物流单号) and optionally the carrier (快递公司). Found: %1")
                                     .arg(header.join(QStringLiteral(", "))));
    auto cell = [&](const QStringList &record, Column c) {
        const int i = at.value(int(c), -1);
        return i >= 0 && i < record.size() ? cleanCell(record.at(i)) : QString();
    };
    for (int r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        Row row;
        row.line = lines.value(r, r + 1);
        row.claimText = cell(record, Column::Claim);
        row.orderText = cell(record, Column::Order);
        row.carrierText = cell(record, Column::Carrier);
        row.trackingText = cell(record, Column::Tracking);
        if (row.claimText.isEmpty() && row.orderText.isEmpty() && row.carrierText.isEmpty() &&
            row.trackingText.isEmpty())
            continue; // a row of empty cells, as Excel leaves after deleting contents
        resolve(workbench, row);
        p.rows.append(row);
    }
    markFileDuplicates(p.rows);
    return p;
}

Result<Preview> previewFile(const Workbench &workbench, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::badInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return Outcome::badInput(tr("%1 is too large for a tracking list.").arg(path));
    return preview(workbench, file.readAll());
}

Result<int> apply(Workbench &workbench, const Preview &preview, const QString &actor,
                  const std::function<bool(int, int)> &progress)
{
    QList<Workbench::Shipment> shipments;
    for (const Row &r : preview.rows)
        if (r.state == RowState::Ok)
            shipments.append(Workbench::Shipment{r.claimId, r.carrier, r.trackingNo, r.version});
    if (shipments.isEmpty())
        return 0;
    const Result<QList<Claim>> shipped = workbench.shipMany(shipments, actor, progress);
    if (!shipped.ok())
        return shipped.outcome;
    return int(shipped->size());
}

} // namespace aftersales::trackingimport
