export { type TicketListItem } from "./list";
export { findTicketForActor, type TicketDetail, type TicketLookup } from "./detail";
export { listTimeline, type Timeline, type TimelineComment, type TimelineEvent, type TimelineItem } from "./timeline";
export { findTicketComment, listTicketComments, type TicketComment } from "./comments";
