#include "MerkleTreeBuilder.h"

#include <bit>
#include <stdexcept>

namespace gc {

void MerkleTreeBuilder::appendLeaf(QByteArrayView leaf)
{
    push(m_sha.leaf(leaf));
}

void MerkleTreeBuilder::appendLeafHash(QByteArrayView leafHash)
{
    if (leafHash.size() != Sha256::kSize)
        throw std::invalid_argument("a leaf hash is 32 bytes");
    Sha256::Digest d;
    std::copy(leafHash.begin(), leafHash.end(), d.begin());
    push(d);
}

void MerkleTreeBuilder::push(const Sha256::Digest& leafHash)
{
    m_stack.push_back(leafHash);
    ++m_size;
    // Each trailing zero bit of the new size is a pair of equal-sized perfect
    // subtrees that now merge into one a level higher.
    int level = 0;
    for (qint64 s = m_size; (s & 1) == 0; s >>= 1) {
        const Sha256::Digest merged = m_sha.node(m_stack[m_stack.size() - 2].data(), m_stack.back().data());
        m_stack.pop_back();
        m_stack.back() = merged;
        ++level;
        if (m_onSubtree && level >= m_minLevel)
            m_onSubtree(level, (m_size >> level) - 1, Sha256::toBytes(merged));
    }
}

QByteArray MerkleTreeBuilder::root()
{
    if (m_stack.empty())
        return Sha256::toBytes(m_sha.hash({}));
    // MTH splits at the largest power of two, so the right-most (smallest)
    // subtrees fold together first.
    Sha256::Digest acc = m_stack.back();
    for (auto it = m_stack.rbegin() + 1; it != m_stack.rend(); ++it)
        acc = m_sha.node(it->data(), acc.data());
    return Sha256::toBytes(acc);
}

void MerkleTreeBuilder::clear()
{
    m_stack.clear();
    m_size = 0;
}

QList<QByteArray> MerkleTreeBuilder::compactRange() const
{
    QList<QByteArray> out;
    out.reserve(qsizetype(m_stack.size()));
    for (const Sha256::Digest& d : m_stack)
        out.append(Sha256::toBytes(d));
    return out;
}

void MerkleTreeBuilder::restore(qint64 size, const QList<QByteArray>& compactRange)
{
    if (size < 0 || compactRange.size() != std::popcount(quint64(size)))
        throw std::invalid_argument("a compact range has one hash per set bit of the tree size");
    std::vector<Sha256::Digest> stack;
    stack.reserve(std::size_t(compactRange.size()));
    for (const QByteArray& h : compactRange) {
        if (h.size() != Sha256::kSize)
            throw std::invalid_argument("a compact range hash is 32 bytes");
        Sha256::Digest d;
        std::copy(h.begin(), h.end(), d.begin());
        stack.push_back(d);
    }
    m_stack = std::move(stack);
    m_size = size;
}

} // namespace gc
