#include "MerkleTreeBuilder.h"

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
        if (m_onSubtree)
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

} // namespace gc
