//! Shared pieces of the interface.

mod acts;
mod diagram;
mod disclosure;
mod heading;
mod key_terms;
mod links;
mod loaded;
mod not_found;
mod static_page;
mod svg;
mod timechart;

pub use acts::{ActList, ActRef};
pub use diagram::CoordinationDiagram;
pub use disclosure::DisclosureButton;
pub use heading::{NamedSection, PageHeading, SectionHeading};
pub use key_terms::KeyTerms;
pub use links::{agency_items, anchor_items, AgencyLink, ExternalLink, Local};
pub use loaded::{loaded, loaded_with_heading, ErrorPanel};
pub use not_found::NotFoundPage;
pub use static_page::StaticPage;
pub use svg::Rect;
pub use timechart::{Lane, TimeChart};
