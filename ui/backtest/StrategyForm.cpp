#include "ui/backtest/StrategyForm.h"

#include "core/backtest/Backtester.h"
#include "core/backtest/StrategyRegistry.h"
#include "ui/shell/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace sn::ui {

namespace {

constexpr int kSymbolRole = Qt::UserRole;
constexpr int kIntervalRole = Qt::UserRole + 1;
constexpr int kFirstRole = Qt::UserRole + 2;
constexpr int kLastRole = Qt::UserRole + 3;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QDate toDate(TimestampMs ms)
{
    const CivilDate d = toCivil(ms);
    return QDate(d.year, d.month, d.day);
}

TimestampMs fromDate(const QDate &d)
{
    return toTimestamp(CivilDate{d.year(), d.month(), d.day()});
}

QDoubleSpinBox *moneyBox(QWidget *parent, double max, int decimals, const QString &suffix,
                         const QString &name)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setRange(0, max);
    b->setDecimals(decimals);
    b->setSuffix(suffix);
    b->setAccessibleName(name);
    b->setKeyboardTracking(true);
    return b;
}

// The parameter named by a StrategyInfo::validate error ("parameter 'fast' ...").
QString namedParam(const std::string &message)
{
    const auto a = message.find('\'');
    const auto b = a == std::string::npos ? a : message.find('\'', a + 1);
    return b == std::string::npos ? QString() : qs(message.substr(a + 1, b - a - 1));
}

// The translated description; the core's own text for a strategy without one.
QString descriptionOf(const bt::StrategyInfo &info)
{
    const QString text = DisplayNames::strategyDescription(info.name);
    return text.isEmpty() ? qs(info.description) : text;
}

} // namespace

StrategyForm::StrategyForm(QWidget *parent)
    : QWidget(parent), m_symbols(new QListWidget(this)), m_strategy(new QComboBox(this)),
      m_description(new QLabel(this)), m_paramLayout(nullptr), m_paramBox(new QWidget(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_cash(moneyBox(this, 1e12, 2, QString(), tr("Starting cash"))),
      m_commission(moneyBox(this, 10, 4, QStringLiteral(" %"), tr("Commission"))),
      m_perShare(moneyBox(this, 1000, 4, QString(), tr("Commission per share"))),
      m_minimum(moneyBox(this, 1e6, 2, QString(), tr("Minimum commission"))),
      m_slippage(moneyBox(this, 10000, 2, tr(" bps"), tr("Slippage"))), m_sizing(new QComboBox(this)),
      m_sizingValue(moneyBox(this, 1e9, 4, QString(), tr("Sizing value"))), m_fill(new QComboBox(this)),
      m_allowShort(new QCheckBox(tr("Allow &short positions"), this)),
      m_adjusted(new QCheckBox(tr("Split/dividend &adjusted"), this)), m_formError(new QLabel(this))
{
    setObjectName(QStringLiteral("StrategyForm"));
    m_symbols->setAccessibleName(tr("Symbols"));
    m_symbols->setMaximumHeight(110);
    m_strategy->setAccessibleName(tr("Strategy"));
    for (const bt::StrategyInfo *info : bt::StrategyRegistry::infos()) {
        m_strategy->addItem(DisplayNames::strategy(info->name), qs(info->name));
        m_strategy->setItemData(m_strategy->count() - 1, descriptionOf(*info), Qt::ToolTipRole);
    }
    m_description->setWordWrap(true);
    m_description->setAccessibleName(tr("Strategy description"));
    m_paramLayout = new QFormLayout(m_paramBox);
    m_paramLayout->setContentsMargins(0, 0, 0, 0);

    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_cash->setValue(100000);
    m_cash->setToolTip(tr("Cash at the start of the run"));
    m_commission->setValue(bt::kDefaultCommission * 100); // percent, the advisor's default too
    m_commission->setToolTip(tr("Commission as a percentage of the traded value, on every fill"));
    m_perShare->setToolTip(tr("Commission per share (unit) traded, added to the percentage"));
    m_minimum->setToolTip(tr("The least commission charged per fill"));
    m_slippage->setToolTip(
        tr("Each fill price moves against the trader by this many basis points of the reference price"));
    m_sizing->setAccessibleName(tr("Sizing"));
    m_sizing->addItem(tr("All in (fractional)"), QStringLiteral("all_in"));
    m_sizing->addItem(tr("Whole shares"), QStringLiteral("whole_shares"));
    m_sizing->addItem(tr("Fixed units"), QStringLiteral("units"));
    m_sizing->addItem(tr("Percent of equity"), QStringLiteral("percent"));
    m_sizingValue->setEnabled(false);
    m_fill->setAccessibleName(tr("Fill timing"));
    m_fill->addItem(tr("Next bar's open"), QStringLiteral("next_open"));
    m_fill->addItem(tr("Same bar's close (optimistic)"), QStringLiteral("close"));
    m_fill->setItemData(1, tr("Trades on a price known only once the bar has closed: results are optimistic"),
                        Qt::ToolTipRole);
    m_allowShort->setAccessibleName(tr("Allow short positions"));
    m_adjusted->setAccessibleName(tr("Split and dividend adjusted prices"));
    m_adjusted->setToolTip(
        tr("Run on the prices adjusted for the stored splits and dividends, so a 2:1 split "
           "is not a 50 % fall; off: the stored prices as traded"));
    m_formError->setAccessibleName(tr("Form problem"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_formError->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("S&ymbol:"), m_symbols);
    form->addRow(tr("S&trategy:"), m_strategy);
    form->addRow(QString(), m_description);
    auto *params = new QGroupBox(tr("Parameters"), this);
    auto *paramsLayout = new QVBoxLayout(params);
    paramsLayout->addWidget(m_paramBox);
    auto *dates = new QFormLayout;
    dates->addRow(tr("&From:"), m_from);
    dates->addRow(tr("T&o:"), m_to);
    dates->addRow(tr("Prices:"), m_adjusted);
    auto *costs = new QGroupBox(tr("Cash, costs and fills"), this);
    auto *costForm = new QFormLayout(costs);
    costForm->addRow(tr("&Cash:"), m_cash);
    costForm->addRow(tr("Co&mmission:"), m_commission);
    costForm->addRow(tr("Per share:"), m_perShare);
    costForm->addRow(tr("Minimum:"), m_minimum);
    costForm->addRow(tr("S&lippage:"), m_slippage);
    costForm->addRow(tr("Si&zing:"), m_sizing);
    costForm->addRow(tr("Units / percent:"), m_sizingValue);
    costForm->addRow(tr("F&ill at:"), m_fill);
    costForm->addRow(QString(), m_allowShort);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(params);
    layout->addLayout(dates);
    layout->addWidget(costs);
    layout->addWidget(m_formError);
    layout->addStretch(1);

    connect(m_strategy, &QComboBox::currentIndexChanged, this, [this] {
        rebuildParams();
        Q_EMIT strategyChanged();
    });
    connect(m_symbols, &QListWidget::itemSelectionChanged, this, &StrategyForm::symbolsChanged);
    connect(m_sizing, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_sizingValue->setEnabled(i >= 2);
        if (i == 2 && m_sizingValue->value() == 0)
            m_sizingValue->setValue(100);
        if (i == 3 && m_sizingValue->value() == 0)
            m_sizingValue->setValue(50);
        validate();
    });
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &StrategyForm::validate);
    for (QDoubleSpinBox *b : {m_cash, m_commission, m_perShare, m_minimum, m_slippage, m_sizingValue}) {
        connect(b->findChild<QLineEdit *>(), &QLineEdit::textChanged, this, &StrategyForm::validate);
        // Arrow keys, the wheel and setValue() update the text with its signals blocked.
        connect(b, &QDoubleSpinBox::valueChanged, this, &StrategyForm::validate);
    }
    connect(m_fill, &QComboBox::currentIndexChanged, this, &StrategyForm::inputsChanged);
    connect(m_allowShort, &QCheckBox::toggled, this, &StrategyForm::inputsChanged);
    connect(m_adjusted, &QCheckBox::toggled, this, &StrategyForm::inputsChanged);
    m_strategy->setCurrentIndex(m_strategy->findData(QStringLiteral("sma_cross")));
    rebuildParams();
}

void StrategyForm::setInstruments(const std::vector<InstrumentSummary> &instruments)
{
    const QStringList selected = selectedSymbols();
    m_instruments = instruments;
    QSignalBlocker block(m_symbols);
    m_symbols->clear();
    for (const InstrumentSummary &s : instruments) {
        if (s.bars <= 0 || s.interval.isEmpty())
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  (%2, %3 bars)").arg(s.symbol, s.interval).arg(s.bars), m_symbols);
        item->setData(kSymbolRole, s.symbol);
        item->setData(kIntervalRole, s.interval);
        item->setData(kFirstRole, qint64(s.first));
        item->setData(kLastRole, qint64(s.last));
        item->setToolTip(s.name);
        if (selected.contains(s.symbol))
            item->setSelected(true);
    }
    if (m_symbols->selectedItems().isEmpty() && m_symbols->count() > 0)
        m_symbols->item(0)->setSelected(true);
    symbolsChanged();
}

const bt::StrategyInfo *StrategyForm::strategyInfo() const
{
    return bt::StrategyRegistry::findInfo(m_strategy->currentData().toString().toStdString());
}

void StrategyForm::setStrategy(const QString &name)
{
    const int i = m_strategy->findData(name);
    if (i >= 0)
        m_strategy->setCurrentIndex(i);
}

void StrategyForm::setSymbol(const QString &symbol)
{
    for (int i = 0; i < m_symbols->count(); ++i)
        if (m_symbols->item(i)->data(kSymbolRole).toString() == symbol) {
            m_symbols->clearSelection();
            m_symbols->item(i)->setSelected(true);
            m_symbols->setCurrentRow(i, QItemSelectionModel::Select);
            return;
        }
}

QStringList StrategyForm::selectedSymbols() const
{
    QStringList out;
    for (int i = 0; i < m_symbols->count(); ++i)
        if (m_symbols->item(i)->isSelected())
            out << m_symbols->item(i)->data(kSymbolRole).toString();
    return out;
}

bool StrategyForm::setParam(const QString &name, double value)
{
    QWidget *w = m_editors.value(name);
    if (auto *s = qobject_cast<QSpinBox *>(w))
        s->setValue(int(std::lround(value)));
    else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
        d->setValue(value);
    else if (auto *c = qobject_cast<QCheckBox *>(w))
        c->setChecked(value != 0);
    else if (auto *e = qobject_cast<QComboBox *>(w))
        e->setCurrentIndex(int(value));
    else
        return false;
    validate();
    return true;
}

std::vector<double> StrategyForm::paramValues() const
{
    std::vector<double> v;
    const bt::StrategyInfo *info = strategyInfo();
    if (!info)
        return v;
    for (const bt::ParamSpec &p : info->params) {
        QWidget *w = m_editors.value(qs(p.name));
        if (auto *s = qobject_cast<QSpinBox *>(w))
            v.push_back(s->value());
        else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
            v.push_back(d->value());
        else if (auto *c = qobject_cast<QCheckBox *>(w))
            v.push_back(c->isChecked() ? 1 : 0);
        else if (auto *e = qobject_cast<QComboBox *>(w))
            v.push_back(e->currentIndex());
        else
            v.push_back(p.defaultValue);
    }
    return v;
}

void StrategyForm::rebuildParams()
{
    while (m_paramLayout->rowCount() > 0)
        m_paramLayout->removeRow(0);
    m_editors.clear();
    m_errors.clear();
    const bt::StrategyInfo *info = strategyInfo();
    if (!info)
        return;
    m_description->setText(descriptionOf(*info));
    m_symbols->setSelectionMode(info->multiAsset ? QAbstractItemView::MultiSelection
                                                 : QAbstractItemView::SingleSelection);
    m_allowShort->setEnabled(info->supportsShort);
    for (const bt::ParamSpec &p : info->params) {
        const QString name = qs(p.name);
        QWidget *editor = nullptr;
        QLineEdit *text = nullptr;
        switch (p.type) {
        case bt::ParamType::Int: {
            auto *s = new QSpinBox(m_paramBox);
            s->setRange(int(p.min), int(std::min(p.max, 2e9)));
            s->setValue(int(p.defaultValue));
            text = s->findChild<QLineEdit *>();
            editor = s;
            break;
        }
        case bt::ParamType::Double: {
            auto *d = new QDoubleSpinBox(m_paramBox);
            d->setDecimals(4);
            d->setRange(p.min, p.max);
            d->setValue(p.defaultValue);
            text = d->findChild<QLineEdit *>();
            editor = d;
            break;
        }
        case bt::ParamType::Bool: {
            auto *c = new QCheckBox(m_paramBox);
            c->setChecked(p.defaultValue != 0);
            connect(c, &QCheckBox::toggled, this, &StrategyForm::validate);
            editor = c;
            break;
        }
        case bt::ParamType::Enum: {
            auto *e = new QComboBox(m_paramBox);
            for (const std::string &choice : p.choices)
                e->addItem(qs(choice));
            e->setCurrentIndex(int(p.defaultValue));
            connect(e, &QComboBox::currentIndexChanged, this, &StrategyForm::validate);
            editor = e;
            break;
        }
        }
        if (text)
            connect(text, &QLineEdit::textChanged, this, &StrategyForm::validate);
        editor->setObjectName(QStringLiteral("param_") + name);
        editor->setAccessibleName(tr("Parameter %1").arg(name));
        editor->setToolTip(tr("%1 (%2, %3 to %4, default %5)")
                               .arg(qs(p.description), QLatin1String(bt::paramTypeName(p.type)),
                                    numberText(p.min), numberText(p.max), numberText(p.defaultValue)));
        auto *error = new QLabel(m_paramBox);
        error->setObjectName(QStringLiteral("error_") + name);
        error->setAccessibleName(tr("Problem with %1").arg(name));
        error->setStyleSheet(QStringLiteral("color: #c62828"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QWidget(m_paramBox);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        m_paramLayout->addRow(tr("%1:").arg(DisplayNames::parameter(p.name)), cell);
        m_editors.insert(name, editor);
        m_errors.insert(name, error);
    }
    validate();
}

void StrategyForm::symbolsChanged()
{
    // The date range follows the chosen series (their overlap for several).
    TimestampMs first = 0, last = 0;
    bool any = false;
    for (QListWidgetItem *item : m_symbols->selectedItems()) {
        const TimestampMs f = item->data(kFirstRole).toLongLong(), l = item->data(kLastRole).toLongLong();
        first = any ? std::max(first, f) : f;
        last = any ? std::min(last, l) : l;
        any = true;
    }
    if (any) {
        QSignalBlocker a(m_from), b(m_to);
        m_from->setDateRange(toDate(first), toDate(last));
        m_to->setDateRange(toDate(first), toDate(last));
        m_from->setDate(toDate(first));
        m_to->setDate(toDate(last));
    }
    validate();
}

void StrategyForm::showProblem(const QString &param, const QString &text)
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const bool mine = it.key() == param && !text.isEmpty();
        it.value()->setText(mine ? text : QString());
        it.value()->setVisible(mine);
    }
    const bool general = param.isEmpty() && !text.isEmpty();
    m_formError->setText(general ? text : QString());
    m_formError->setVisible(general);
}

void StrategyForm::validate()
{
    // Every input change passes here (the editors are wired to it).
    Q_EMIT inputsChanged();
    QString param, text;
    const bt::StrategyInfo *info = strategyInfo();
    if (!info) {
        text = tr("Choose a strategy");
    } else {
        // Text still being typed (empty, "-", below the minimum) first: the
        // spin box keeps its last good value, which must not be run silently.
        for (const bt::ParamSpec &p : info->params) {
            auto *box = qobject_cast<QAbstractSpinBox *>(m_editors.value(qs(p.name)));
            if (box && !box->hasAcceptableInput()) {
                param = qs(p.name);
                text = p.type == bt::ParamType::Int ? tr("%1 must be a whole number from %2 to %3")
                                                          .arg(param, numberText(p.min), numberText(p.max))
                                                    : tr("%1 must be a number from %2 to %3")
                                                          .arg(param, numberText(p.min), numberText(p.max));
                break;
            }
        }
        if (text.isEmpty()) {
            const std::vector<double> values = paramValues();
            if (auto r = info->validate(values); !r) {
                param = namedParam(r.error().message);
                text = qs(r.error().toUserString());
            }
        }
        if (text.isEmpty()) {
            const int n = int(selectedSymbols().size());
            if (n == 0)
                text = tr("Choose a symbol");
            else if (info->multiAsset && n < 2)
                text = tr("%1 rotates between assets: choose at least two symbols").arg(qs(info->name));
            else if (!info->multiAsset && n > 1)
                text = tr("%1 takes one symbol, %2 chosen").arg(qs(info->name)).arg(n);
            QStringList intervals;
            for (QListWidgetItem *item : m_symbols->selectedItems())
                if (!intervals.contains(item->data(kIntervalRole).toString()))
                    intervals << item->data(kIntervalRole).toString();
            if (text.isEmpty() && intervals.size() > 1)
                text = tr("The chosen symbols have different bar intervals (%1): choose one interval")
                           .arg(intervals.join(QStringLiteral(", ")));
        }
    }
    if (text.isEmpty() && m_from->date() >= m_to->date())
        text = tr("The start date must be before the end date");
    if (text.isEmpty()) {
        for (QDoubleSpinBox *b : {m_cash, m_commission, m_perShare, m_minimum, m_slippage, m_sizingValue})
            if (!b->hasAcceptableInput()) {
                text = tr("%1: not a number in range").arg(b->accessibleName());
                break;
            }
    }
    if (text.isEmpty() && m_cash->value() <= 0)
        text = tr("Starting cash must be above zero");
    if (text.isEmpty() && m_sizing->currentIndex() >= 2 && m_sizingValue->value() <= 0)
        text = tr("Sizing: give the number of units or the percentage");
    showProblem(param, text);
    const bool valid = text.isEmpty();
    m_problem = text;
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

Result<LabInputs> StrategyForm::inputs() const
{
    if (!m_valid) {
        // The problem is already the reader's text; the form is named in it too.
        Error e = makeError(ErrorCode::InvalidArgument, m_problem.toStdString(), "backtest form");
        e.userContext = tr("backtest form").toStdString();
        if (e.userContext == e.context)
            e.userContext.clear();
        return e;
    }
    const bt::StrategyInfo *info = strategyInfo();
    LabInputs in;
    in.symbols = selectedSymbols();
    for (QListWidgetItem *item : m_symbols->selectedItems())
        in.interval = item->data(kIntervalRole).toString();
    in.adjusted = m_adjusted->isChecked();
    in.from = fromDate(m_from->date());
    in.to = fromDate(m_to->date());
    in.paramValues = paramValues();
    bt::BacktestRequest &r = in.request;
    r.strategy = info->name;
    for (std::size_t i = 0; i < info->params.size(); ++i)
        r.params.emplace_back(info->params[i].name, numberText(in.paramValues[i]).toStdString());
    r.config.cash = m_cash->value();
    r.config.costs.commission = m_commission->value() / 100.0;
    r.config.costs.perShare = m_perShare->value();
    r.config.costs.minimum = m_minimum->value();
    r.config.costs.slippageBps = m_slippage->value();
    const QString sizing = m_sizing->currentData().toString();
    in.sizingText = m_sizing->currentIndex() >= 2
                        ? sizing + QLatin1Char(':') + numberText(m_sizingValue->value())
                        : sizing;
    auto parsedSizing = bt::Backtester::parseSizing(in.sizingText.toStdString());
    if (!parsedSizing)
        return parsedSizing.error();
    r.config.sizing = *parsedSizing;
    in.fillText = m_fill->currentData().toString();
    auto fill = bt::Backtester::parseFill(in.fillText.toStdString());
    if (!fill)
        return fill.error();
    r.config.fill = *fill;
    r.config.allowShort = m_allowShort->isEnabled() && m_allowShort->isChecked();
    return in;
}

void StrategyForm::setAdjusted(bool adjusted)
{
    m_adjusted->setChecked(adjusted);
}

bool StrategyForm::isAdjusted() const
{
    return m_adjusted->isChecked();
}

} // namespace sn::ui
