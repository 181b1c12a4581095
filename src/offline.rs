//! Offline support on the page's side: registers the service worker (`sw.js`, next to
//! `index.html`), offers a reload when a new version is waiting, and says when the reader is
//! looking at a saved copy because the network is unreachable.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone, Copy)]
pub struct Status {
    /// The network could not be reached; content comes from the saved copy.
    pub offline: RwSignal<bool>,
    /// A new version is installed and waiting for the reader to reload.
    pub update_ready: RwSignal<bool>,
    registration: StoredValue<Option<web_sys::ServiceWorkerRegistration>, LocalStorage>,
}

pub fn use_status() -> Status {
    expect_context::<Status>()
}

fn listen(target: &web_sys::EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget(); // lives as long as the page
}

/// Starts everything; call once from the app root.
pub fn start() -> Status {
    let status = Status {
        offline: RwSignal::new(false),
        update_ready: RwSignal::new(false),
        registration: StoredValue::new_local(None),
    };
    // At build time there is no browser to listen to.
    if cfg!(feature = "ssr") {
        return status;
    }
    #[allow(clippy::disallowed_methods)] // The service worker is the browser's.
    let Some(window) = web_sys::window() else {
        return status;
    };
    // After hydration: a page hydrated offline was pre-rendered online, without the notice.
    let online = window.navigator().on_line();
    Effect::new(move |_| {
        if !online {
            status.offline.set(true);
        }
    });
    listen(&window, "offline", move |_| status.offline.set(true));
    listen(&window, "online", move |_| status.offline.set(false));

    // No service worker support (or not a secure context): the app still works online.
    let has_sw = js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .unwrap_or(false);
    if !has_sw {
        return status;
    }
    let container = window.navigator().service_worker();
    listen(&container, "message", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let kind = js_sys::Reflect::get(&e.data(), &JsValue::from_str("type"))
            .ok()
            .and_then(|v| v.as_string());
        match kind.as_deref() {
            Some("OFFLINE") => status.offline.set(true),
            Some("ONLINE") => status.offline.set(false),
            _ => {}
        }
    });
    let c = container.clone();
    leptos::task::spawn_local(async move {
        // Relative to <base href>: sw.js sits beside index.html under any deployment path.
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(c.register("sw.js")).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        status.registration.set_value(Some(reg.clone()));
        // A controlled page with a waiting worker: a new version is ready.
        if reg.waiting().is_some() && c.controller().is_some() {
            status.update_ready.set(true);
        }
        let reg2 = reg.clone();
        let c2 = c.clone();
        listen(&reg, "updatefound", move |_| {
            let Some(installing) = reg2.installing() else {
                return;
            };
            let watched = installing.clone();
            let c3 = c2.clone();
            listen(&installing, "statechange", move |_| {
                if watched.state() == web_sys::ServiceWorkerState::Installed
                    && c3.controller().is_some()
                {
                    status.update_ready.set(true);
                }
            });
        });
    });
    status
}

/// Activates the waiting version and reloads once it controls the page.
#[allow(clippy::disallowed_methods)] // The service worker is the browser's, and so is reloading.
pub fn apply_update(status: Status) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    listen(&container, "controllerchange", move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let waiting = status.registration.get_value().and_then(|r| r.waiting());
    match waiting {
        Some(worker) => {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &msg,
                &JsValue::from_str("type"),
                &JsValue::from_str("SKIP_WAITING"),
            );
            let _ = worker.post_message(&msg);
        }
        None => {
            let _ = window.location().reload();
        }
    }
}
