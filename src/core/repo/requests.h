#pragma once

#include "domain/records.h"

#include <QList>

namespace bollplank {

class Store;

/// "I need a sounding board": the adept's requests for an ad-hoc meeting.
class RequestRepository
{
public:
    explicit RequestRepository(Store &store)
        : m_store(store)
    {
    }

    void save(AdHocRequest &request);
    [[nodiscard]] AdHocRequest get(const QString &id);
    /// Open requests, most urgent first, then oldest first.
    [[nodiscard]] QList<AdHocRequest> open(const QString &mentorshipId);
    /// Every request of a mentorship, newest first.
    [[nodiscard]] QList<AdHocRequest> all(const QString &mentorshipId);
    void remove(const QString &id);
    /// The request became this (ad-hoc) meeting, which must belong to the same mentorship.
    void accept(const QString &id, const QString &meetingId);
    void setStatus(const QString &id, RequestStatus status);

    static constexpr qsizetype MaxReasonLength = 500;

private:
    Store &m_store;
};

} // namespace bollplank
