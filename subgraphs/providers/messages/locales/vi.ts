import type { Catalogue } from './en';

export const messages: Catalogue = {
  greeting: (name) => `Kính gửi Quý khách ${name},`,
  subject: {
    BOOKING_REQUESTED: (clinic, reference) =>
      `Chúng tôi đã nhận được yêu cầu đặt lịch của Quý khách tại ${clinic} (${reference})`,
    BOOKING_CONFIRMED: (clinic, reference) => `Lịch hẹn của Quý khách tại ${clinic} đã được xác nhận (${reference})`,
    BOOKING_DECLINED: (clinic, reference) =>
      `${clinic} không thể tiếp nhận yêu cầu đặt lịch của Quý khách (${reference})`,
    BOOKING_RESCHEDULED: (clinic, reference) => `Lịch hẹn của Quý khách tại ${clinic} đã được đổi giờ (${reference})`,
    BOOKING_CANCELLED: (clinic, reference) => `Lịch hẹn của Quý khách tại ${clinic} đã được hủy (${reference})`,
    REMINDER: (clinic, reference) => `Nhắc lịch: ngày mai Quý khách có hẹn tại ${clinic} (${reference})`,
    FOLLOW_UP_INVITATION: (clinic, reference) => `${clinic} mời Quý khách đặt lịch tái khám trực tuyến (${reference})`,
  },
  intro: {
    BOOKING_REQUESTED: (clinic) =>
      `Cảm ơn Quý khách đã gửi yêu cầu đặt lịch tại ${clinic}. Chỗ của Quý khách đã được giữ, và phòng khám sẽ sớm xác nhận lịch hẹn.`,
    BOOKING_CONFIRMED: (clinic) => `Chúng tôi xin thông báo lịch hẹn của Quý khách tại ${clinic} đã được xác nhận.`,
    BOOKING_DECLINED: (clinic) =>
      `Chúng tôi rất tiếc phải thông báo rằng ${clinic} không thể tiếp nhận yêu cầu đặt lịch của Quý khách. Chỗ đã giữ cho Quý khách đã được hủy.`,
    BOOKING_RESCHEDULED: (clinic) => `Lịch hẹn của Quý khách tại ${clinic} đã được chuyển sang thời gian mới.`,
    BOOKING_CANCELLED: (clinic) => `Lịch hẹn của Quý khách tại ${clinic} đã được hủy.`,
    REMINDER: (clinic, time) =>
      `Xin nhắc Quý khách: ngày mai lúc ${time} (giờ Hàn Quốc) Quý khách có lịch hẹn tại ${clinic}.`,
    FOLLOW_UP_INVITATION: (clinic) =>
      `Chúc Quý khách mau hồi phục. ${clinic} trân trọng mời Quý khách đặt lịch tái khám qua cuộc gọi video, dù Quý khách đang ở bất cứ đâu.`,
  },
  awaitingConfirmation: 'Phòng khám sẽ sớm xác nhận thời gian mới.',
  declineReason: 'Lý do phòng khám đưa ra',
  clinic: 'Phòng khám',
  treatment: 'Dịch vụ',
  generalConsultation: 'Tư vấn chung',
  koreaTime: 'Giờ Hàn Quốc',
  koreaZone: 'giờ Hàn Quốc',
  localTime: (zone) => `Giờ của Quý khách (${zone})`,
  previousTime: 'Thời gian cũ (giờ Hàn Quốc)',
  duration: 'Thời lượng',
  mode: 'Hình thức khám',
  inPerson: 'Đến khám trực tiếp tại phòng khám',
  videoCall: 'Cuộc gọi video',
  address: 'Địa chỉ',
  map: 'Bản đồ',
  videoCallLink: 'Đường dẫn cuộc gọi video',
  videoCallLater: 'Phòng khám sẽ gửi đường dẫn cuộc gọi video sau khi lịch hẹn được xác nhận.',
  partySize: 'Số người',
  people: (count) => `${count} người`,
  reference: 'Mã đặt lịch',
  manage: 'Xem, thay đổi hoặc hủy lịch hẹn',
  manageFollowUp: 'Đặt lịch tái khám',
  changeUntil: (deadline, zone) => `Quý khách có thể thay đổi hoặc hủy lịch hẹn trực tuyến đến ${deadline} (${zone}).`,
  contactClinic:
    'Lịch hẹn không còn thay đổi trực tuyến được nữa. Nếu cần thay đổi, Quý khách vui lòng liên hệ phòng khám.',
  keepLinkPrivate:
    'Quý khách vui lòng không chia sẻ đường dẫn này: bất kỳ ai có đường dẫn đều có thể thay đổi lịch hẹn của Quý khách.',
  closing: 'Trân trọng,',
  calendarDescription: (reference) =>
    `Mã đặt lịch ${reference}. Để thay đổi hoặc hủy, Quý khách vui lòng dùng đường dẫn trong email đặt lịch.`,
};
