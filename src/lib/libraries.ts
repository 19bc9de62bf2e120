/**
 * The libraries whose names for close codes each entry records, in display order.
 * The key is what a content entry writes under `identifiers:`; the source says where the
 * names were read, so a reader (and a reviewer) can check them.
 */
export const libraries = {
  nodeWs: { name: 'Node ws (err.code)', language: 'JavaScript', source: 'https://github.com/websockets/ws/blob/master/lib/receiver.js' },
  pythonWebsockets: { name: 'Python websockets CloseCode', language: 'Python', source: 'https://github.com/python-websockets/websockets/blob/main/src/websockets/frames.py' },
  starlette: { name: 'Starlette / FastAPI status', language: 'Python', source: 'https://github.com/Kludex/starlette/blob/main/starlette/status.py' },
  websocketClient: { name: 'Python websocket-client', language: 'Python', source: 'https://github.com/websocket-client/websocket-client/blob/master/websocket/_abnf.py' },
  gorilla: { name: 'Go gorilla/websocket', language: 'Go', source: 'https://github.com/gorilla/websocket/blob/main/conn.go' },
  coder: { name: 'Go coder/websocket StatusCode', language: 'Go', source: 'https://github.com/coder/websocket/blob/master/close.go' },
  jakarta: { name: 'Jakarta WebSocket CloseReason.CloseCodes', language: 'Java', source: 'https://github.com/jakartaee/websocket/blob/main/api/client/src/main/java/jakarta/websocket/CloseReason.java' },
  spring: { name: 'Spring CloseStatus', language: 'Java', source: 'https://github.com/spring-projects/spring-framework/blob/main/spring-websocket/src/main/java/org/springframework/web/socket/CloseStatus.java' },
  jetty: { name: 'Jetty CloseStatus', language: 'Java', source: 'https://github.com/jetty/jetty.project/blob/jetty-12.0.x/jetty-core/jetty-websocket/jetty-websocket-core-common/src/main/java/org/eclipse/jetty/websocket/core/CloseStatus.java' },
  netty: { name: 'Netty WebSocketCloseStatus', language: 'Java', source: 'https://github.com/netty/netty/blob/4.1/codec-http/src/main/java/io/netty/handler/codec/http/websocketx/WebSocketCloseStatus.java' },
  javaWebSocket: { name: 'Java-WebSocket CloseFrame', language: 'Java', source: 'https://github.com/TooTallNate/Java-WebSocket/blob/master/src/main/java/org/java_websocket/framing/CloseFrame.java' },
  dotnet: { name: '.NET WebSocketCloseStatus', language: 'C#', source: 'https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.WebSockets/src/System/Net/WebSockets/WebSocketCloseStatus.cs' },
  tungstenite: { name: 'Rust tungstenite CloseCode', language: 'Rust', source: 'https://github.com/snapview/tungstenite-rs/blob/master/src/protocol/frame/coding.rs' },
  axum: { name: 'Rust axum close_code', language: 'Rust', source: 'https://github.com/tokio-rs/axum/blob/main/axum/src/extract/ws.rs' },
  beast: { name: 'C++ Boost.Beast close_code', language: 'C++', source: 'https://github.com/boostorg/beast/blob/develop/include/boost/beast/websocket/rfc6455.hpp' },
  firefox: { name: 'Firefox nsIWebSocketChannel', language: 'C++', source: 'https://searchfox.org/mozilla-central/source/netwerk/protocol/websocket/nsIWebSocketChannel.idl' },
} as const;

export type LibraryKey = keyof typeof libraries;
export const libraryKeys = Object.keys(libraries) as [LibraryKey, ...LibraryKey[]];
