#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace xynap::session {

// A list of many large elements kept in fixed blocks of BlockSize: appending never moves what is
// there (a vector doubling at 250,000 rows held its old block and its new one at once, 204 MB),
// holds at most one block's room it does not use, and keeps its elements side by side in big
// blocks of their own (a std::deque of 384-byte elements makes one heap chunk of each, which
// the heap then has to keep apart from everything else for as long as they live). Only what
// GatewayStore needs: index, append at the end, erase a range.
template<typename T, std::size_t BlockSize = 1024>
class BlockList final {
public:
    BlockList() = default;
    BlockList(const BlockList &) = delete;
    BlockList &operator=(const BlockList &) = delete;
    BlockList(BlockList &&) = delete;
    BlockList &operator=(BlockList &&) = delete;
    ~BlockList() { eraseTail(0); }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](std::size_t i) { return m_blocks[i / BlockSize].get()[i % BlockSize]; }
    const T &operator[](std::size_t i) const
    {
        return m_blocks[i / BlockSize].get()[i % BlockSize];
    }

    // A new element, value-initialised, at the end.
    T &emplaceBack()
    {
        if (m_size == m_blocks.size() * BlockSize) {
            std::unique_ptr<T, Release> block(
                static_cast<T *>(::operator new(sizeof(T) * BlockSize)));
            m_blocks.push_back(std::move(block));
        }
        T *slot = m_blocks.back().get() + m_size % BlockSize;
        new (slot) T();
        ++m_size;
        return *slot;
    }

    // Removes [first, last): the elements after move down, as in a vector.
    void erase(std::size_t first, std::size_t last)
    {
        if (first >= last)
            return;
        std::size_t to = first;
        for (std::size_t from = last; from < m_size; ++from, ++to)
            (*this)[to] = std::move((*this)[from]);
        eraseTail(to);
    }

private:
    struct Release {
        void operator()(T *block) const { ::operator delete(block); }
    };

    // Destroys the elements from `size` on, and the blocks no element uses.
    void eraseTail(std::size_t size)
    {
        while (m_size > size) {
            --m_size;
            (*this)[m_size].~T();
        }
        m_blocks.resize((m_size + BlockSize - 1) / BlockSize);
    }

    std::vector<std::unique_ptr<T, Release>> m_blocks;
    std::size_t m_size = 0;
};

} // namespace xynap::session
