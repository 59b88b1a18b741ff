#include "AuditProofDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

namespace {

QLineEdit* makeValue(QWidget* parent, const QString& name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setReadOnly(true);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return e;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

AuditProofDialog::AuditProofDialog(qint64 seq, QWidget* parent)
    : QDialog(parent)
    , m_seq(seq)
    , m_verdict(new QLabel(this))
    , m_message(new QLabel(this))
    , m_leafHash(makeValue(this, QStringLiteral("proofLeafHashEdit")))
    , m_treeSize(makeValue(this, QStringLiteral("proofTreeSizeEdit")))
    , m_root(makeValue(this, QStringLiteral("proofRootEdit")))
    , m_checkpoint(makeValue(this, QStringLiteral("proofCheckpointEdit")))
    , m_proof(new QPlainTextEdit(this))
    , m_checkpointText(new QPlainTextEdit(this))
    , m_copyProof(new QPushButton(tr("Copy &Proof"), this))
    , m_copyCheckpoint(new QPushButton(tr("Copy &Checkpoint"), this))
    , m_copyReport(new QPushButton(tr("Copy &Report"), this))
{
    setObjectName(QStringLiteral("auditProofDialog"));
    setWindowTitle(tr("Inclusion Proof — Event #%1").arg(seq));
    m_verdict->setObjectName(QStringLiteral("proofVerdictLabel"));
    m_verdict->setTextFormat(Qt::PlainText);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setText(tr("Checking…"));
    m_message->setObjectName(QStringLiteral("proofMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Reading the latest signed checkpoint and the proof of event #%1…").arg(seq));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* e : { m_proof, m_checkpointText }) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
        e->setTabChangesFocus(true);
    }
    m_proof->setObjectName(QStringLiteral("proofHashesEdit"));
    m_proof->setPlaceholderText(tr("No proof"));
    m_checkpointText->setObjectName(QStringLiteral("proofCheckpointText"));
    // The signature line is longer than the dialog is wide; wrap it rather than scroll.
    m_checkpointText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_checkpointText->setWordWrapMode(QTextOption::WrapAnywhere);
    m_checkpointText->setFixedHeight(m_checkpointText->fontMetrics().lineSpacing() * 9);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Leaf hash:"), m_leafHash);
    form->addRow(tr("Tree size:"), m_treeSize);
    form->addRow(tr("Root hash:"), m_root);
    form->addRow(tr("Checkpoint:"), m_checkpoint);
    form->addRow(tr("Proof hashes:"), m_proof);
    form->addRow(tr("Signed checkpoint:"), m_checkpointText);

    m_copyProof->setObjectName(QStringLiteral("copyProofButton"));
    m_copyProof->setToolTip(tr("The proof in its compact binary form, base64-encoded"));
    m_copyCheckpoint->setObjectName(QStringLiteral("copyCheckpointButton"));
    m_copyReport->setObjectName(QStringLiteral("copyReportButton"));
    for (QPushButton* b : { m_copyProof, m_copyCheckpoint, m_copyReport }) {
        b->setAutoDefault(false);
        b->setEnabled(false);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyProof, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyCheckpoint, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyReport, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyProof, &QPushButton::clicked, this, [this] {
        if (m_result)
            QApplication::clipboard()->setText(QString::fromLatin1(m_result->proof.toBase64()));
    });
    connect(m_copyCheckpoint, &QPushButton::clicked, this, [this] {
        if (m_result && m_result->checkpoint)
            QApplication::clipboard()->setText(QString::fromLatin1(m_result->checkpoint->toText()));
    });
    connect(m_copyReport, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(reportText()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_message);
    layout->addSpacing(6);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString AuditProofDialog::verdictText() const
{
    return m_verdict->text();
}

void AuditProofDialog::setResult(const AuditInclusionResult& result)
{
    using Verdict = AuditInclusionResult::Verdict;
    m_result = result;
    const QLocale locale;
    QString colour = QStringLiteral("#b26a00");
    switch (result.verdict) {
    case Verdict::Verified:
        m_verdict->setText(tr("✔ Inclusion %1").arg(AuditInclusionCheck::verdictText(result.verdict)));
        colour = QStringLiteral("#2e7d32");
        break;
    case Verdict::NotCovered:
    case Verdict::Missing:
        m_verdict->setText(tr("Not proven: %1").arg(AuditInclusionCheck::verdictText(result.verdict)));
        break;
    case Verdict::BadCheckpoint:
    case Verdict::BadProof:
        m_verdict->setText(tr("✘ Tampering: %1").arg(AuditInclusionCheck::verdictText(result.verdict)));
        colour = QStringLiteral("#c62828");
        break;
    }
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    QString message = result.message;
    if (!result.storedLeafHash.isEmpty() && result.storedLeafHash != result.leafHash)
        message += QLatin1Char(' ')
            + tr(
                "The leaf hash the store lists differs from the one computed from the record: the record was "
                "changed after it was logged.");
    m_message->setText(message);
    m_leafHash->setText(hex(result.leafHash));
    m_leafHash->setCursorPosition(0);
    if (result.checkpoint) {
        const Checkpoint& cp = *result.checkpoint;
        m_treeSize->setText(tr("%1 events").arg(locale.toString(cp.treeSize)));
        m_root->setText(hex(cp.rootHash));
        m_checkpoint->setText(tr("signed %1 UTC with key %2")
                                  .arg(cp.time().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), cp.keyId));
        m_checkpointText->setPlainText(QString::fromLatin1(cp.toText()).trimmed());
    }
    QStringList lines;
    for (int i = 0; i < result.proof.hashes.size(); ++i)
        lines << QStringLiteral("%1  %2").arg(i + 1, 2).arg(hex(result.proof.hashes.at(i)));
    m_proof->setPlainText(lines.join(u'\n'));
    for (QLineEdit* e : { m_root, m_checkpoint })
        e->setCursorPosition(0);
    m_copyProof->setEnabled(!result.proof.hashes.isEmpty() || result.verified());
    m_copyCheckpoint->setEnabled(result.checkpoint.has_value());
    m_copyReport->setEnabled(true);
}

void AuditProofDialog::setFailed(const QString& message)
{
    m_verdict->setText(tr("The proof could not be checked"));
    m_verdict->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_message->setText(message);
}

QString AuditProofDialog::reportText() const
{
    if (!m_result)
        return {};
    const AuditInclusionResult& r = *m_result;
    QStringList out;
    out << tr("Inclusion proof of audit event #%1").arg(m_seq);
    out << tr("Verdict: %1").arg(AuditInclusionCheck::verdictText(r.verdict));
    out << r.message;
    out << tr("Leaf index: %1").arg(r.seq - 1);
    out << tr("Leaf hash: %1").arg(hex(r.leafHash));
    if (r.checkpoint) {
        out << tr("Tree size: %1").arg(r.checkpoint->treeSize);
        out << tr("Root hash: %1").arg(hex(r.checkpoint->rootHash));
    }
    out << tr("Proof (%n hash(es)):", "", int(r.proof.hashes.size()));
    for (const QByteArray& h : r.proof.hashes)
        out << QStringLiteral("  ") + hex(h);
    if (r.verified())
        out << tr("Proof (base64): %1").arg(QString::fromLatin1(r.proof.toBase64()));
    if (r.checkpoint)
        out << QString() << QString::fromLatin1(r.checkpoint->toText());
    return out.join(u'\n');
}

} // namespace gc
